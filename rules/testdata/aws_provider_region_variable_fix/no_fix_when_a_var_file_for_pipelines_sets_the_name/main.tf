provider "aws" {
  region = "eu-west-1" # want "hard-codes its region" @ `"eu-west-1"`
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
