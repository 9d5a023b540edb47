provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "this" {
  vpc_id            = "vpc-12345678"
  service_name      = "com.amazonaws.us-east-1.ssmmessages"
  vpc_endpoint_type = "Interface"
}
