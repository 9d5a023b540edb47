provider "aws" {
  region = "us-east-1"
}

locals {
  common = { Environment = "prod", Owner = "team" }
  partial = { Environment = "prod" }
}
resource "aws_sqs_queue" "full" {
  tags = merge(local.common, { Name = "full" })
}
resource "aws_sqs_queue" "partial" {
  tags = merge(local.partial, { Name = "partial" }) # want `aws_sqs_queue\.partial is missing the required tag "Owner":.* \(aws\)\.` @ `merge(local.partial, { Name = "partial" })`
}
