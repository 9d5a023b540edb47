provider "aws" {
  region = "us-east-1" # want "hard-codes its region" @ `"us-east-1"`
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
}

resource "aws_s3_bucket" "origin" {
  bucket = "origin"
}
