provider "aws" {
  alias = "edge"
}
terraform {
  backend "s3" {}
}

# Gets the implicit default configuration: what keeps this root judged.
resource "aws_sqs_queue" "jobs" { # want `^aws_sqs_queue\.jobs gets the default aws provider \(nothing names an aliased provider for it\), which this root does not configure, so its region comes from the environment.* or declare variable "aws_region" and set region = var\.aws_region in a default aws provider block\.$` @ `resource "aws_sqs_queue" "jobs"`
  name = "jobs"
}
