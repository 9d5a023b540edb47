provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "this" {
  vpc_id            = "vpc-12345678"
  service_name      = var.service
  vpc_endpoint_type = "Interface"
}
variable "service" {
  type = string
}
