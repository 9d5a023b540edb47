provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", Owner = "team" }
}
