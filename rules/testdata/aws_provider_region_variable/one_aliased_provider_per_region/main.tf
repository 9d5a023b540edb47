# A multi-region root: one aliased provider per region and no default
# provider block. No single region variable describes it.
variable "primary_region" {
  default = "us-east-1"
}

variable "dr_region" {
  default = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = var.primary_region
}

provider "aws" {
  alias  = "dr"
  region = var.dr_region
}

resource "aws_sqs_queue" "primary" {
  provider = aws.primary
  name     = "q"
}

resource "aws_sqs_queue" "dr" {
  provider = aws.dr
  name     = "q"
}

# A data source deploys nothing: on the implicit default it changes nothing.
data "aws_caller_identity" "current" {}
