# Each provider writes its own map: no definition is shared, so each keeps
# its finding at its default_tags.
provider "aws" {
  region = "eu-west-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tag "Owner", so 1 resource that does not set it itself \(aws_sqs_queue\.a\) lacks it too:` @ "default_tags"
    tags = { Environment = "prod" }
  }
}

provider "aws" {
  alias  = "dr"
  region = "eu-west-2"
  default_tags { # want `^default_tags of provider configuration aws\.dr lack the required tag "Owner", so 1 resource that does not set it itself \(aws_sqs_queue\.b\) lacks it too:` @ "default_tags"
    tags = { Environment = "prod" }
  }
}

# Both take local.base, but aws.west lacks Environment as well: a different
# gap, said apart from aws.east's.
locals {
  base = { Project = "shop" }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags { # want `^default_tags of provider configuration aws\.west lack the required tags "Environment", "Owner", so 1 resource` @ "default_tags"
    tags = local.base
  }
}

provider "aws" {
  alias  = "east"
  region = "us-east-1"
  default_tags { # want `^default_tags of provider configuration aws\.east lack the required tag "Owner", so 1 resource` @ "default_tags"
    tags = merge(local.base, { Environment = "prod" })
  }
}

resource "aws_sqs_queue" "a" {}

resource "aws_sqs_queue" "b" {
  provider = aws.dr
}

resource "aws_sqs_queue" "c" {
  provider = aws.west
}

resource "aws_sqs_queue" "d" {
  provider = aws.east
}
