provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `^us-west-2 \(provider aws\.secondary\) lacks subnets, routing, internet_gateway, nat, security_groups, compute, database, object_storage, load_balancing, present in us-east-1: aws_subnet\.primary, aws_route_table\.primary, aws_internet_gateway\.primary, aws_nat_gateway\.primary, aws_security_group\.primary, aws_instance\.primary, aws_db_instance\.primary, aws_s3_bucket\.primary, aws_lb\.primary\. A region without the core services the others have cannot take over the workload when another region fails: deploy them to us-west-2 as well, or stop deploying to it\.$` @ `provider "aws"`
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

resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
