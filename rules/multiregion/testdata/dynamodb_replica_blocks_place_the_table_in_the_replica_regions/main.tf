provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

resource "aws_vpc" "primary" {}
resource "aws_dynamodb_table" "orders" {
  replica {
    region_name = "us-west-2"
  }
}
resource "aws_dynamodb_table" "sessions" {
  dynamic "replica" {
    for_each = ["us-west-2", "eu-west-1"]
    content {
      region_name = replica.value
    }
  }
}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_vpc" "eu" {
  region = "eu-west-1"
}
