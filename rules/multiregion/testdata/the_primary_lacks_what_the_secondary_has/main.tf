provider "aws" { # want `^us-east-1 \(provider aws\) lacks load_balancing, present in us-west-2: aws_lb\.secondary\.` @ `provider "aws"`
  region = "us-east-1"
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_subnet" "secondary" {
  provider = aws.secondary
}
resource "aws_route_table" "secondary" {
  provider = aws.secondary
}
resource "aws_internet_gateway" "secondary" {
  provider = aws.secondary
}
resource "aws_nat_gateway" "secondary" {
  provider = aws.secondary
}
resource "aws_security_group" "secondary" {
  provider = aws.secondary
}
resource "aws_instance" "secondary" {
  provider = aws.secondary
}
resource "aws_db_instance" "secondary" {
  provider = aws.secondary
}
resource "aws_s3_bucket" "secondary" {
  provider = aws.secondary
}
resource "aws_lb" "secondary" {
  provider = aws.secondary
}

resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_route_table" "primary" {}
resource "aws_internet_gateway" "primary" {}
resource "aws_nat_gateway" "primary" {}
resource "aws_security_group" "primary" {}
resource "aws_instance" "primary" {}
resource "aws_db_instance" "primary" {}
resource "aws_s3_bucket" "primary" {}
