# Four provider configurations take their default_tags from local.default_tags,
# which lacks Owner: one edit there fixes all of them, so there is one finding,
# at the local, naming the configurations and the resources they cover.
locals {
  default_tags = {
    Environment = "prod"
    Project     = "platform"
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "west"
  region = "eu-west-2"
  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "dr"
  region = "eu-central-1"
  default_tags {
    tags = merge(local.default_tags, { Layer = "dr" })
  }
}

provider "aws" {
  alias  = "edge"
  region = "us-east-1"
  default_tags {
    tags = local.default_tags
  }
}

# A configuration that writes its own map shares no definition: its own finding.
provider "aws" {
  alias  = "audit"
  region = "eu-north-1"
  default_tags {
    tags = { Environment = "prod" }
  }
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

# It sets Environment itself and lacks Owner, which default_tags lack too:
# covered by the finding at the local.
resource "aws_sqs_queue" "payments" {
  provider = aws.west
  name     = "payments"
  tags     = { Environment = "prod" }
}

resource "aws_sqs_queue" "replica" {
  provider = aws.dr
  name     = "replica"
}

module "edge" {
  source = "./modules/queue"
  providers = {
    aws = aws.edge
  }
}

resource "aws_sqs_queue" "audit" {
  provider = aws.audit
  name     = "audit"
}

# Its own tags spell Owner another way: its own finding, with the hint.
resource "aws_sqs_queue" "team" {
  name = "team"
  tags = { owner = "team" }
}
