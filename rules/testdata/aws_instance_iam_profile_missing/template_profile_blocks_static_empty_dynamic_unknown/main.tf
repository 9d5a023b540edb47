variable "profiles" {
  type = list(string)
}
variable "arn" {
  type = string
}
resource "aws_launch_template" "empty_block" {
  iam_instance_profile {} # want `aws_launch_template\.empty_block has an iam_instance_profile block that names no profile \(its arn and name are unset, null or empty\), so instances launched from it run` @ "iam_instance_profile"
}
resource "aws_launch_template" "empty_name" {
  iam_instance_profile { # want `aws_launch_template\.empty_name has an iam_instance_profile block that names no profile \(its arn and name are unset, null or empty\), so instances launched from it run` @ "iam_instance_profile"
    name = ""
  }
}
resource "aws_launch_template" "dynamic" {
  dynamic "iam_instance_profile" {
    for_each = var.profiles
    content {
      name = iam_instance_profile.value
    }
  }
}
resource "aws_launch_template" "unknown" {
  iam_instance_profile {
    arn = var.arn
  }
}
