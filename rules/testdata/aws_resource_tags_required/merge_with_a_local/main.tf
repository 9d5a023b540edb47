provider "aws" { # want `^Provider configuration aws has no default_tags, and 1 resource that does not set all of them itself \(aws_sqs_queue\.partial\) lacks the required tags "Environment", "Owner":.* Add a default_tags block that sets them, or set them in each resource's tags\.$` @ `provider "aws"`
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
  tags = merge(local.partial, { Name = "partial" })
}
