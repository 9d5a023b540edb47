
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

resource "aws_kms_key" "main" {
  multi_region = true
}
resource "aws_kms_replica_key" "west" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.main.arn
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
