
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "default" {}
resource "aws_s3_bucket" "default" {}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
