
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "west" {
  provider = aws.west
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
resource "aws_s3_bucket" "default" {}
