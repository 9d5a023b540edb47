resource "aws_instance" "ignored" {
  lifecycle {
    ignore_changes = [iam_instance_profile]
  }
}
resource "aws_instance" "all" {
  lifecycle {
    ignore_changes = all
  }
}
resource "aws_instance" "other" { # want `aws_instance\.other sets no iam_instance_profile, so the instance runs` @ `resource "aws_instance" "other"`
  lifecycle {
    ignore_changes = [tags]
  }
}
resource "aws_launch_configuration" "legacy" {
  lifecycle {
    ignore_changes = ["iam_instance_profile"]
  }
}
resource "aws_launch_template" "for_ignored" {}
resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.for_ignored.id
  }
  lifecycle {
    ignore_changes = [iam_instance_profile]
  }
}
