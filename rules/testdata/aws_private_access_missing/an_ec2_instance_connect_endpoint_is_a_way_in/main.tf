provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "app" {}
resource "aws_ec2_instance_connect_endpoint" "admin" {
  subnet_id = "subnet-12345678"
}
