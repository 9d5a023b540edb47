provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

resource "aws_vpc" "primary" {}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_dynamodb_table" "orders" {
  provider = aws.secondary
  replica {
    region_name = "us-east-1"
  }
}
resource "aws_vpc" "eu" { # want `^eu-west-1 lacks database, present in us-west-2: aws_dynamodb_table\.orders\.` @ `resource "aws_vpc" "eu"`
  region = "eu-west-1"
}
