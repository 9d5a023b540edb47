variable "tags" {
  type = map(string)
}
variable "default_tags" {
  type = map(string)
}
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias = "unknown"
  default_tags {
    tags = var.default_tags
  }
}
resource "aws_sqs_queue" "var" {
  tags = var.tags
}
resource "aws_sqs_queue" "merged" {
  tags = merge(var.tags, { Name = "x" })
}
resource "aws_sqs_queue" "each" {
  for_each = var.tags
  tags     = each.value
}
resource "aws_sqs_queue" "attr" {
  tags = aws_sqs_queue.var.tags
}
resource "aws_sqs_queue" "unknown_defaults" {
  provider = aws.unknown
}
resource "aws_sqs_queue" "undeclared_alias" {
  provider = aws.nowhere
}
resource "aws_sqs_queue" "unknown_function" {
  tags = merge(jsondecode(file("tags.json")), { Name = "x" })
}
