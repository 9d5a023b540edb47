provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {
  count = 0
}
resource "aws_s3_bucket" "b" {}
resource "aws_lambda_function" "f" {}
resource "aws_opensearch_domain" "public" {}
