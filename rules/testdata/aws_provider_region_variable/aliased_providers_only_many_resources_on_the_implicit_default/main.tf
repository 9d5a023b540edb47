variable "aws_region" {
  type = string
}

provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}

resource "aws_sqs_queue" "a" { # want `^aws_sqs_queue\.a, aws_sqs_queue\.b, aws_sqs_queue\.c and 1 more get the default aws provider \(nothing names an aliased provider for them\),.*, or set region = var\.aws_region in a default aws provider block\.$` @ `resource "aws_sqs_queue" "a"`
  name = "a"
}
resource "aws_sqs_queue" "b" {
  name = "b"
}
resource "aws_sqs_queue" "c" {
  name = "c"
}
resource "aws_sqs_queue" "d" {
  name = "d"
}
