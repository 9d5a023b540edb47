# Terraform rejects the undeclared reference: not a parameter yet.
provider "aws" {
  region = var.region # want `This root declares no variable "aws_region" and its default aws provider takes its region from var\.region` @ "var.region"
}

# It deploys something: Terraform runs it, and rejects the reference.
resource "aws_sqs_queue" "q" {
  name = "q"
}
