# Reported: variable_name is set, so the exact name is required.
variable "region" {
  default = "us-east-1"
}

provider "aws" {
  region = var.region
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
