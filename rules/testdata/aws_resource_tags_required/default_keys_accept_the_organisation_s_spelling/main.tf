# With the rule's default keys, an owner and an environment tag under the
# organisation's own spelling count: `owner`, `environment-name`, `OWNER`,
# `Environment_Name`. A key that is no spelling of them does not.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { owner = "team@example.com", environment-name = "production" }
  }
}

resource "aws_sqs_queue" "a" {}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags { # want `^default_tags of provider configuration aws\.west lack the required tags "Environment", "Owner", so 1 resource that does not set all of them itself \(aws_sqs_queue\.half\)` @ "default_tags"
    tags = { Team = "platform" }
  }
}

resource "aws_sqs_queue" "own" {
  provider = aws.west
  tags     = { OWNER = "team", Environment_Name = "prod" }
}

resource "aws_sqs_queue" "half" {
  provider = aws.west
  tags     = { OWNER = "team" }
}

resource "aws_autoscaling_group" "web" { # want `^aws_autoscaling_group\.web is missing the required tag "Environment":` @ `resource "aws_autoscaling_group" "web"`
  max_size = 1
  min_size = 1
  tag {
    key                 = "owner"
    value               = "team"
    propagate_at_launch = true
  }
  tag {
    key                 = "Name"
    value               = "web"
    propagate_at_launch = true
  }
}
