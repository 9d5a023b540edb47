# Silent: one aliased provider per region and no default provider block.
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
