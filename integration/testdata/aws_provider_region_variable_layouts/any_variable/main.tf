# Silent: without variable_name, any one root variable is a parameter.
variable "region" {
  default = "us-east-1"
}

provider "aws" {
  region = var.region
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
