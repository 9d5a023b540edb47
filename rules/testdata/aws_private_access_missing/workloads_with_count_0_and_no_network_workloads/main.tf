provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "main" {
  count = 0
}
resource "aws_s3_bucket" "b" {}
resource "aws_lambda_function" "f" {}
resource "aws_opensearch_domain" "public" {}
