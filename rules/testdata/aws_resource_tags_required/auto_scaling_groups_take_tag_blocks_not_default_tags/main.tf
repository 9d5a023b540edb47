provider "aws" {
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}
locals {
  asg_tags = { Environment = "prod", Owner = "team" }
  asg_list = [{ key = "Environment", value = "prod" }]
}
resource "aws_autoscaling_group" "bare" { # want `aws_autoscaling_group\.bare is missing the required tags "Environment", "Owner":.* Add a tag block for each;` @ `resource "aws_autoscaling_group" "bare"`
  max_size = 1
}
resource "aws_autoscaling_group" "blocks" {
  tag {
    key                 = "Environment"
    value               = "prod"
    propagate_at_launch = true
  }
  tag {
    key                 = "Owner"
    value               = "team"
    propagate_at_launch = true
  }
}
resource "aws_autoscaling_group" "dynamic_map" {
  dynamic "tag" {
    for_each = local.asg_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
resource "aws_autoscaling_group" "dynamic_list" { # want `aws_autoscaling_group\.dynamic_list is missing the required tag "Owner":.* Add a tag block for each;` @ `resource "aws_autoscaling_group" "dynamic_list"`
  dynamic "tag" {
    for_each = local.asg_list
    iterator = t
    content {
      key                 = t.value.key
      value               = t.value.value
      propagate_at_launch = true
    }
  }
}
resource "aws_autoscaling_group" "dynamic_unknown" {
  dynamic "tag" {
    for_each = data.aws_default_tags.current.tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
resource "aws_autoscaling_group" "helper" {
  tag {
    key                 = "Environment"
    value               = "prod"
    propagate_at_launch = true
  }
}
resource "aws_autoscaling_group_tag" "owner" {
  autoscaling_group_name = aws_autoscaling_group.helper.name
  tag {
    key                 = "Owner"
    value               = "team"
    propagate_at_launch = true
  }
}
resource "aws_autoscaling_group" "helper_for_each" {}
resource "aws_autoscaling_group_tag" "many" {
  for_each               = var.asg_tags
  autoscaling_group_name = aws_autoscaling_group.helper_for_each.name
  tag {
    key                 = each.key
    value               = each.value
    propagate_at_launch = true
  }
}
variable "asg_tags" {
  type = map(string)
}
resource "aws_autoscaling_group" "unknown_key" {
  tag {
    key                 = var.asg_tags["key"]
    value               = "x"
    propagate_at_launch = true
  }
}
resource "aws_autoscaling_group" "legacy_tags_argument" {
  tags = [{ key = "Environment", value = "prod", propagate_at_launch = true }]
}
