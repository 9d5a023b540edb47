provider "aws" { # want `This root declares neither variable "aws_region" nor a default aws provider, and provider aws\.edge sets no region, so the region .* Declare variable "aws_region" and set region = var\.aws_region in a default aws provider block\.` @ `provider "aws"`
  alias = "edge"
}
terraform {
  backend "s3" {}
}

# Gets the implicit default configuration: what keeps this root judged.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
