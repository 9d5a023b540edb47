# aws and aws.dr take local.default_tags, which merges local.common; aws.edge
# takes local.common directly. local.common is what all three share, and
# adding Owner there fixes them all.
locals {
  common       = { Environment = "prod" } # want `^local\.common, the default_tags of provider configurations aws, aws\.dr, aws\.edge, lacks the required tag "Owner", so 3 resources` @ `common       = { Environment = "prod" }`
  default_tags = merge(local.common, { Project = "shop" })
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "dr"
  region = "eu-west-2"
  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "edge"
  region = "us-east-1"
  default_tags {
    tags = local.common
  }
}

resource "aws_sqs_queue" "a" {}

resource "aws_sqs_queue" "b" {
  provider = aws.dr
}

resource "aws_sqs_queue" "c" {
  provider = aws.edge
}
