provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { Environment = "prod" }
  }
}
resource "aws_sqs_queue" "this" {}
