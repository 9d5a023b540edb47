provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" { # want `aws_s3_bucket\.logs is missing the required tags "Environment", "Owner":.* \(aws\)\.` @ `resource "aws_s3_bucket" "logs"`
  bucket = "logs"
}
