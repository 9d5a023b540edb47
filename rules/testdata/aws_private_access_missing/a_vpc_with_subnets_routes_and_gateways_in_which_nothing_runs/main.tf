provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {}
resource "aws_subnet" "private" {
  vpc_id = aws_vpc.main.id
}
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}
resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}
resource "aws_nat_gateway" "main" {
  subnet_id = aws_subnet.private.id
}
resource "aws_security_group" "app" {
  vpc_id = aws_vpc.main.id
}
