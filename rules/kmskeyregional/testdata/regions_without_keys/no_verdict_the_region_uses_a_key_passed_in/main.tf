
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "west_key" {
  type = string
}
resource "aws_kms_key" "main" {}
resource "aws_sqs_queue" "west_var" {
  provider          = aws.west
  kms_master_key_id = var.west_key
}
