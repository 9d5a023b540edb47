provider "aws" {
  region = "us-east-1"
}

variable "tags" {
  default = { Environment = "prod", Owner = "team" }
}
variable "partial" {
  default = { Environment = "prod" }
}
resource "aws_sqs_queue" "full" {
  for_each = toset(["a", "b"])
  tags     = merge(var.tags, { Name = each.key })
}
resource "aws_sqs_queue" "partial" {
  for_each = toset(["a", "b"])
  tags     = merge(var.partial, { Name = each.key }) # want `aws_sqs_queue\.partial is missing the required tag "Owner":.* \(aws\)\.` @ "merge(var.partial, { Name = each.key })"
}
