provider "aws" {
  region = "us-east-1"
}

variable "endpoint_type" {
  type = string
}
resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "x" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = var.endpoint_type
}
