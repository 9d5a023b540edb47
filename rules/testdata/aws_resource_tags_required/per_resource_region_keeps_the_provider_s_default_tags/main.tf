provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}
resource "aws_sqs_queue" "eu" {
  region = "eu-west-1"
}
