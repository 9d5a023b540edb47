provider "aws" {
  region = "eu-west-1"
}
provider "aws" { # want `^us-east-1 \(provider aws\.us_east_1\) lacks vpc, present in eu-west-1: aws_vpc\.primary\.` @ `provider "aws"`
  alias  = "us_east_1"
  region = "us-east-1"
}
resource "aws_lambda_function" "worker" {
  provider = aws.us_east_1
}
resource "aws_vpc" "primary" {}
resource "aws_lambda_function" "primary" {}
