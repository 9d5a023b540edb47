provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}
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

resource "aws_vpc" "west" {
  provider = aws.west
}
module "network" {
  source = "terraform-aws-modules/vpc/aws"
  region = "us-west-2"
}
