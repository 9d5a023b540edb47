provider "aws" {
  region = "us-east-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tag "Owner", so 1 resource that does not set it itself \(aws_sqs_queue\.none\) lacks it too:` @ "default_tags"
    tags = { Environment = "prod" }
  }
}
resource "aws_sqs_queue" "own" {
  tags = { Owner = "team" }
}
resource "aws_sqs_queue" "none" {}
