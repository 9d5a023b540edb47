provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
