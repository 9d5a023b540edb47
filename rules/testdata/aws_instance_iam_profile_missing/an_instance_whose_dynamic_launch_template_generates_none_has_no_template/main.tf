variable "launch_template" {
  type    = map(string)
  default = null
}
variable "unknown_template" {
  type = map(string)
}
resource "aws_launch_template" "with_profile" {
  iam_instance_profile {
    name = "app"
  }
}
resource "aws_instance" "none" { # want `aws_instance\.none sets no iam_instance_profile, so the instance runs` @ `resource "aws_instance" "none"`
  dynamic "launch_template" {
    for_each = var.launch_template != null ? [var.launch_template] : []
    content {
      id = launch_template.value.id
    }
  }
}
resource "aws_instance" "unknown" {
  dynamic "launch_template" {
    for_each = var.unknown_template != null ? [var.unknown_template] : []
    content {
      id = launch_template.value.id
    }
  }
}
resource "aws_instance" "iterated" {
  dynamic "launch_template" {
    for_each = [aws_launch_template.with_profile.id]
    content {
      id = launch_template.value
    }
  }
}
terraform {
  backend "s3" {}
}
