resource "aws_launch_template" "ng" {
  for_each = toset(["general", "gpu"])
  name     = "ng-${each.key}"
}
resource "aws_eks_node_group" "ng" {
  for_each = aws_launch_template.ng
  launch_template {
    id      = each.value.id
    version = each.value.latest_version
  }
}
resource "aws_launch_template" "by_value" {}
resource "aws_eks_node_group" "by_value" {
  for_each = { a = aws_launch_template.by_value.id }
  launch_template {
    id      = each.value
    version = "$Latest"
  }
}
resource "aws_launch_template" "by_key" {
  name = "by-key"
}
resource "aws_batch_compute_environment" "by_key" {
  for_each = toset([aws_launch_template.by_key.name])
  compute_resources {
    launch_template {
      launch_template_name = each.key
    }
  }
}
resource "aws_launch_template" "iterated" {}
resource "aws_eks_node_group" "iterated" {
  dynamic "launch_template" {
    for_each = { a = aws_launch_template.iterated.id }
    content {
      id      = launch_template.value
      version = "$Latest"
    }
  }
}
resource "aws_launch_template" "shared" {} # want `aws_launch_template\.shared has no iam_instance_profile, so instances launched from it run` @ `resource "aws_launch_template" "shared"`
resource "aws_instance" "shared" {
  iam_instance_profile = "app"
  launch_template {
    id = aws_launch_template.shared.id
  }
}
resource "aws_autoscaling_group" "shared" {
  for_each = { a = aws_launch_template.shared }
  launch_template {
    id = each.value.id
  }
}
