provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `^us-west-2 \(provider aws\.secondary\) is named in the plugin's regions setting but hosts none of vpc, subnets, routing, internet_gateway, nat, security_groups, compute, database, object_storage, load_balancing, present in us-east-1: aws_vpc\.primary, aws_subnet\.primary, aws_route_table\.primary, aws_internet_gateway\.primary, aws_nat_gateway\.primary, aws_security_group\.primary, aws_instance\.primary, aws_db_instance\.primary, aws_s3_bucket\.primary, aws_lb\.primary\.` @ `provider "aws"`
  alias  = "secondary"
  region = "us-west-2"
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

data "aws_caller_identity" "secondary" {
  provider = aws.secondary
}
