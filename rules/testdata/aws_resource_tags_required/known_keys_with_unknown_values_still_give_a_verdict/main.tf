provider "aws" {
  region = "us-east-1"
}

variable "owner" {
  type = string
}
resource "aws_sqs_queue" "ok" {
  tags = { Environment = data.aws_default_tags.x.tags["Environment"], Owner = var.owner }
}
resource "aws_sqs_queue" "missing" {
  tags = { Environment = var.owner } # want `aws_sqs_queue\.missing is missing the required tag "Owner":.* \(aws\)\.` @ "{ Environment = var.owner }"
}
