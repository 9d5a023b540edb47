provider "aws" {
  region = var.aws_region # want `This root declares no variable "aws_region" and its default aws provider takes its region from var\.aws_region, which Terraform rejects .* Declare variable "aws_region" and set region = var\.aws_region in the default aws provider block\.` @ "var.aws_region"
}

# It deploys something: Terraform runs it, and rejects the reference.
resource "aws_sqs_queue" "q" {
  name = "q"
}
