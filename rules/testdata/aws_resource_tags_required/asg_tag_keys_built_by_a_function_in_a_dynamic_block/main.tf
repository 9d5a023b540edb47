# The keys of a dynamic tag block come from a function of its iterator: they
# are known (OWNER, ENVIRONMENT), and neither is a required key.
provider "aws" {
  region = "eu-west-1"
}

locals {
  tags = { owner = "x", environment = "y" }
}

resource "aws_autoscaling_group" "web" { # want `aws_autoscaling_group\.web is missing the required tags "Environment", "Owner"` @ `resource "aws_autoscaling_group" "web"`
  max_size = 1
  min_size = 1
  dynamic "tag" {
    for_each = local.tags
    content {
      key                 = upper(tag.key)
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
