provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
variable "region" {
  type = string
}
locals {
  name = "workers"
}
resource "aws_launch_template" "east" {
  name = local.name
}
resource "aws_launch_template" "west" {
  provider = aws.west
  name     = local.name
}
resource "aws_launch_template" "eu" { # want `aws_launch_template\.eu has no iam_instance_profile, so instances launched from it run` @ `resource "aws_launch_template" "eu"`
  region = "eu-west-1"
  name   = local.name
}
resource "aws_launch_template" "somewhere" {
  region = var.region
  name   = "shared"
}
resource "aws_launch_template" "shared" {
  name = "shared"
}
resource "aws_eks_node_group" "east" {
  launch_template {
    name    = local.name
    version = "$Latest"
  }
}
resource "aws_eks_node_group" "west" {
  provider = aws.west
  launch_template {
    name    = local.name
    version = "$Latest"
  }
}
resource "aws_autoscaling_group" "eu" {
  region = "eu-west-1"
  launch_template {
    name = local.name
  }
}
resource "aws_eks_node_group" "shared" {
  launch_template {
    name    = "shared"
    version = "$Latest"
  }
}
