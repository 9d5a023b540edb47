
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" { # want `Region us-west-2 \(provider aws\.west\) has no customer-managed KMS key of its own, while us-east-1 has aws_kms_key\.main\.` @ `provider "aws"`
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "east" {}
resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}
