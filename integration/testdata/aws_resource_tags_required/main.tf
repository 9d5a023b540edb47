terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

locals {
  common_tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = {
      Environment = "prod"
    }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags {
    tags = local.common_tags
  }
}

variable "extra_tags" {
  type = map(string)
}

# Missing Owner: the default provider's default_tags only add Environment.
resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
  tags = {
    Name = "logs"
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
  tags   = merge(local.common_tags, { Name = "data" })
}

# Both tags come from the aliased provider's default_tags.
resource "aws_sqs_queue" "west" {
  provider = aws.west
  name     = "west"
}

# Missing Owner, no tags argument at all.
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sqs_queue" "per_team" {
  for_each = toset(["payments", "search"])
  name     = each.key
  tags     = merge({ Owner = each.key }, { Name = each.key })
}

# Unknown tags (a variable without a default): no verdict.
resource "aws_sqs_queue" "unknown" {
  name = "unknown"
  tags = var.extra_tags
}

# A tag set to null is dropped by Terraform.
resource "aws_sqs_queue" "null_owner" {
  name = "null-owner"
  tags = { Owner = null }
}

resource "aws_sns_topic" "disabled" {
  count = 0
  name  = "disabled"
}

resource "aws_route_table_association" "private" {
  subnet_id      = "subnet-12345678"
  route_table_id = "rtb-12345678"
}

resource "aws_kms_alias" "data" {
  name          = "alias/data"
  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}

# default_tags do not apply to Auto Scaling groups: Owner is missing.
resource "aws_autoscaling_group" "web" {
  max_size           = 1
  min_size           = 1
  availability_zones = ["us-east-1a"]

  tag {
    key                 = "Environment"
    value               = "prod"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_group" "workers" {
  max_size           = 1
  min_size           = 1
  availability_zones = ["us-east-1a"]

  dynamic "tag" {
    for_each = local.common_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}

module "west_app" {
  source    = "./modules/app"
  providers = { aws = aws.west }
  name      = "west"
}

# The module's queue only gets Environment from default_tags.
module "east_app" {
  source = "./modules/app"
  name   = "east"
}

# The replica bucket uses aws.west (both tags); the primary bucket uses aws (Owner missing).
module "replica" {
  source = "./modules/replica"
  providers = {
    aws         = aws
    aws.replica = aws.west
  }
}

# A per-resource region does not change the provider configuration or its default_tags.
resource "aws_sns_topic" "eu" {
  provider = aws.west
  region   = "eu-west-1"
  name     = "eu"
}
