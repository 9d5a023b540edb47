
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "key_region" {
  type = string
}
resource "aws_kms_key" "somewhere" {
  region = var.key_region
}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.somewhere.arn
}
