variable "profile" {
  type    = string
  default = null
}
locals {
  profile = var.profile
}
resource "aws_instance" "bare" { # want `aws_instance\.bare sets no iam_instance_profile, so the instance runs` @ `resource "aws_instance" "bare"`
  ami = "ami-123"
}
resource "aws_instance" "from_variable" {
  iam_instance_profile = var.profile
}
resource "aws_instance" "through_local" {
  iam_instance_profile = local.profile
}
resource "aws_launch_template" "from_variable" {
  iam_instance_profile {
    name = var.profile
  }
}
resource "aws_instance" "null" {
  iam_instance_profile = null # want `aws_instance\.null sets iam_instance_profile to null, so the instance runs` @ "null"
}
resource "aws_launch_template" "optional_profile" {
  dynamic "iam_instance_profile" {
    for_each = var.profile != null ? [var.profile] : []
    content {
      name = iam_instance_profile.value
    }
  }
}
resource "aws_instance" "optional_template" {
  iam_instance_profile = var.profile
  dynamic "launch_template" {
    for_each = var.profile != null ? [var.profile] : []
    content {
      name = launch_template.value
    }
  }
}
