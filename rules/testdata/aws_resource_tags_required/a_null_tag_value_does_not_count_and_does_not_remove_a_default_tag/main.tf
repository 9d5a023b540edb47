provider "aws" {
  default_tags { # want `^default_tags of provider configuration aws lack the required tag "Owner", so 2 resources that do not set it themselves \(aws_sqs_queue\.null_own, aws_sqs_queue\.null_tags\) lack it too:` @ "default_tags"
    tags = { Environment = "prod", Owner = null }
  }
}
resource "aws_sqs_queue" "null_own" {
  tags = { Owner = null }
}
resource "aws_sqs_queue" "null_tags" {
  tags = null
}
resource "aws_sqs_queue" "set" {
  tags = { Owner = "team" }
}
