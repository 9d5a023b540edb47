# One configuration on a local is no shared cause: its finding stays at its
# default_tags.
locals {
  tags = { Environment = "prod" }
}

provider "aws" {
  region = "eu-west-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tag "Owner", so 1 resource` @ "default_tags"
    tags = local.tags
  }
}

resource "aws_sqs_queue" "a" {}
