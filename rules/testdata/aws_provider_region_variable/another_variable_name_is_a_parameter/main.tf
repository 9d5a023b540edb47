# Without variable_name in the rule block, any one root variable makes the
# region a parameter.
variable "region" {
  default = "us-east-1"
}

provider "aws" {
  region = var.region
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
