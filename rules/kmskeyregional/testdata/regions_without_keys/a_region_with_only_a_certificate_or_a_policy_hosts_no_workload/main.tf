
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

resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "east" {}
resource "aws_acm_certificate" "edge" {
  provider          = aws.west
  domain_name       = "example.com"
  validation_method = "DNS"
}
resource "aws_cloudwatch_log_resource_policy" "west" {
  provider        = aws.west
  policy_name     = "p"
  policy_document = "{}"
}
