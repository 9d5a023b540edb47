provider "aws" {
  region = "us-east-1"
}

variable "vpc_id" {
  type = string
}
resource "aws_subnet" "a" {
  vpc_id = var.vpc_id
}
resource "aws_instance" "web" {
  for_each  = { a = aws_subnet.a.id }
  subnet_id = each.value
}
