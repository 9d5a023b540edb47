
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

resource "aws_kms_key" "signing" {
  provider  = aws.east
  key_usage = "SIGN_VERIFY"
}
resource "aws_s3_bucket" "east" {
  provider = aws.east
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
