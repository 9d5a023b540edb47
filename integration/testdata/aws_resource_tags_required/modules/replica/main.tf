terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.replica]
    }
  }
}

resource "aws_s3_bucket" "primary" {
  bucket = "example-primary"
}

resource "aws_s3_bucket" "replica" {
  provider = aws.replica
  bucket   = "example-replica"
}
