provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { Environment = "prod" }
  }
}
resource "aws_sqs_queue" "own" {
  tags = { Owner = "team" }
}
resource "aws_sqs_queue" "none" {} # want `aws_sqs_queue\.none is missing the required tag "Owner":.* \(aws\)\.` @ `resource "aws_sqs_queue" "none"`
