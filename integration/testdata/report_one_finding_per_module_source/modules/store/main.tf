variable "name" {}
variable "aws_region" {
  default = "eu-west-1"
}

provider "aws" {
  region = var.aws_region
}

resource "aws_sqs_queue" "q" {
  name                    = var.name
  sqs_managed_sse_enabled = true
}
