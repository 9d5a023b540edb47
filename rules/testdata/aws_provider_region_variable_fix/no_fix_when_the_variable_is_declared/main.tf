variable "aws_region" {
  type = string
}

provider "aws" {
  region = "eu-west-1" # want "The default aws provider hard-codes its region instead of taking it from var.aws_region" @ `"eu-west-1"`
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
