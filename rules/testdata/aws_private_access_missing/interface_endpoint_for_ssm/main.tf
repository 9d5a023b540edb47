provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "ssm" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = "Interface"
}
