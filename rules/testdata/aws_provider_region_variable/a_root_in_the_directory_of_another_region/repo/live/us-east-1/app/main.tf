provider "aws" {
  region = "us-west-2" # want "hard-codes its region" @ `"us-west-2"`
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
