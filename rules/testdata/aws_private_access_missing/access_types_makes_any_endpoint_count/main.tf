provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "s3" {
  vpc_id = aws_vpc.main.id
}
