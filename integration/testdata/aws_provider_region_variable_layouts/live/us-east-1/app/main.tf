# Silent: the directory names the region the provider hard-codes.
provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
