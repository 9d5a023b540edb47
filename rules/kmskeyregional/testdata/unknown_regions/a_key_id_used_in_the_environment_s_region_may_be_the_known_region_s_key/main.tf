
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "other" {
  provider = aws.west
  region   = "eu-west-1"
}
resource "aws_s3_bucket" "eu" {
  region = "eu-west-1"
}
resource "aws_sqs_queue" "default" {
  kms_master_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}
resource "aws_sqs_queue" "west" {
  provider = aws.west
}
