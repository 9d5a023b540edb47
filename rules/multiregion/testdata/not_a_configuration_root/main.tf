resource "aws_vpc" "primary" {
}
resource "aws_subnet" "primary" {
}
resource "aws_route_table" "primary" {
}
resource "aws_internet_gateway" "primary" {
}
resource "aws_nat_gateway" "primary" {
}
resource "aws_security_group" "primary" {
}
resource "aws_instance" "primary" {
}
resource "aws_db_instance" "primary" {
}
resource "aws_s3_bucket" "primary" {
}
resource "aws_lb" "primary" {
}

resource "aws_vpc" "eu" {
  region = "eu-west-1"
}
