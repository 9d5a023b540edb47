
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "eu" { # want `Region eu-west-1 has no customer-managed KMS key of its own, while us-east-1 has aws_kms_key\.main\.` @ `resource "aws_s3_bucket" "eu"`
  region = "eu-west-1"
}
