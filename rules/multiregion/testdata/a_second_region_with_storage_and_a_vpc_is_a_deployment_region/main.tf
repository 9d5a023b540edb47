# us-west-2 has so far only storage and a VPC: a network is the start of a
# stack, so it is a region the workload is deployed to, and it is judged.
provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `^us-west-2 \(provider aws\.west\) lacks subnets, security_groups, compute, load_balancing, present in us-east-1: aws_subnet\.main, aws_security_group\.main, aws_instance\.main, aws_lb\.main\.` @ `provider "aws"`
  alias  = "west"
  region = "us-west-2"
}
resource "aws_vpc" "main" {
}
resource "aws_subnet" "main" {
}
resource "aws_security_group" "main" {
}
resource "aws_instance" "main" {
}
resource "aws_lb" "main" {
}
resource "aws_s3_bucket" "main" {
}

resource "aws_vpc" "west" {
  provider = aws.west
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
resource "aws_backup_vault" "west" {
  provider = aws.west
  name     = "west"
}
