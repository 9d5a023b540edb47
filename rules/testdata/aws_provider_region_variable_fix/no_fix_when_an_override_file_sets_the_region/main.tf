provider "aws" {
  region = var.aws_region
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
