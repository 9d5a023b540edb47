provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `^us-west-2 \(provider aws\.secondary\) lacks subnets, routing, internet_gateway, nat, security_groups, compute, database, object_storage, load_balancing, present in us-east-1: aws_subnet\.primary, aws_route_table\.primary, aws_internet_gateway\.primary, aws_nat_gateway\.primary, aws_security_group\.primary, aws_instance\.primary, aws_db_instance\.primary, aws_s3_bucket\.primary, aws_lb\.primary\.` @ `provider "aws"`
  alias  = "secondary"
  region = "us-west-2"
}
resource "aws_vpc" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_subnet" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_route_table" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_internet_gateway" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_nat_gateway" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_security_group" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_instance" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_db_instance" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_s3_bucket" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}
resource "aws_lb" "primary" {
  provider = aws.secondary
  region = "us-east-1"
}

resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
