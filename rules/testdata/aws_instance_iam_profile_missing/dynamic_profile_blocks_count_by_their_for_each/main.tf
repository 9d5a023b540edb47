variable "profile_name" {
  type    = string
  default = null
}
resource "aws_launch_template" "none" {
  dynamic "iam_instance_profile" {
    for_each = var.profile_name != null ? [var.profile_name] : [] # want `aws_launch_template\.none has no iam_instance_profile, so instances launched from it run` @ "var.profile_name != null ? [var.profile_name] : []"
    content {
      name = iam_instance_profile.value
    }
  }
}
resource "aws_launch_template" "one" {
  dynamic "iam_instance_profile" {
    for_each = ["app"]
    content {
      name = iam_instance_profile.value
    }
  }
}
terraform {
  backend "s3" {}
}
