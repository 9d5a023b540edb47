terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary, aws.dr]
    }
  }
}
resource "aws_s3_bucket" "source" {}
resource "aws_s3_bucket" "replica" {
  provider = aws.dr
}
