# Reported: the hard-coded region is not the directory's.
provider "aws" {
  region = "us-west-2"
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
