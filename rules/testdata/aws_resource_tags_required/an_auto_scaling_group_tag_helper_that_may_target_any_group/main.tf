provider "aws" {
  region = "us-east-1"
}

resource "aws_autoscaling_group" "bare" {}
resource "aws_autoscaling_group_tag" "by_name" {
  autoscaling_group_name = "bare"
  tag {
    key                 = "Owner"
    value               = "team"
    propagate_at_launch = true
  }
}
