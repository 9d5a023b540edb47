provider "aws" {
  region = "ap-southeast-2" # want "declares no variable \"region\"" @ `"ap-southeast-2"`
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
