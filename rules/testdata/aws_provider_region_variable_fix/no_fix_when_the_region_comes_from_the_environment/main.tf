provider "aws" { # want "sets no region" @ `provider "aws"`
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
