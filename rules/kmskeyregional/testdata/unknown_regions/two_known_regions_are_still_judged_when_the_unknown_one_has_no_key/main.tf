
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
resource "aws_s3_bucket" "eu" { # want `Region eu-west-1 has no customer-managed KMS key of its own, while us-west-2 has aws_kms_key\.west\.` @ `resource "aws_s3_bucket" "eu"`
  region = "eu-west-1"
}
resource "aws_s3_bucket" "default" {}
