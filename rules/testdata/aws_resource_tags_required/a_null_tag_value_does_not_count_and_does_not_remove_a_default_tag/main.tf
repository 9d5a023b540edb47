provider "aws" {
  default_tags {
    tags = { Environment = "prod", Owner = null }
  }
}
resource "aws_sqs_queue" "null_own" {
  tags = { Owner = null } # want `aws_sqs_queue\.null_own is missing the required tag "Owner":.* \(aws\)\.` @ "{ Owner = null }"
}
resource "aws_sqs_queue" "null_tags" {
  tags = null # want `aws_sqs_queue\.null_tags is missing the required tag "Owner":.* \(aws\)\.` @ "null"
}
resource "aws_sqs_queue" "set" {
  tags = { Owner = "team" }
}
