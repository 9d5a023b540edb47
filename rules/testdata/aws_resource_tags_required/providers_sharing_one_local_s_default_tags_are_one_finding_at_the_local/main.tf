# aws, aws.dr and aws.east take their default_tags from local.tags, which
# lacks Owner: one edit there fixes all three, so there is one finding, at the
# local. aws.ok adds Owner itself and lacks nothing.
locals {
  tags = { Environment = "prod" } # want `^local\.tags, the default_tags of provider configurations aws, aws\.dr, aws\.east, lacks the required tag "Owner", so 4 resources that do not set it themselves \(aws_sqs_queue\.a, aws_sqs_queue\.b, aws_sqs_queue\.c and 1 more\) lack it too: without it they cannot be attributed .* Add it to local\.tags, or set it in each resource's tags\.$` @ `tags = { Environment = "prod" }`
}

variable "aws_region" {
  default = "eu-west-1"
}

provider "aws" {
  region = var.aws_region
  default_tags {
    tags = local.tags
  }
}

provider "aws" {
  alias  = "dr"
  region = "eu-west-2"
  default_tags {
    tags = local.tags
  }
}

provider "aws" {
  alias  = "east"
  region = "us-east-1"
  default_tags {
    tags = merge(local.tags, { Layer = "edge" })
  }
}

provider "aws" {
  alias  = "ok"
  region = "us-west-2"
  default_tags {
    tags = merge(local.tags, { Owner = "team" })
  }
}

resource "aws_sqs_queue" "a" {
  name = "a"
}

resource "aws_sqs_queue" "b" {
  provider = aws.dr
  name     = "b"
}

resource "aws_sqs_queue" "c" {
  provider = aws.east
  name     = "c"
}

resource "aws_sqs_queue" "d" {
  provider = aws.east
  name     = "d"
}

resource "aws_sqs_queue" "e" {
  provider = aws.ok
  name     = "e"
}
