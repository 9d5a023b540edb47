provider "aws" {
  region = "us-east-1"
}
provider "aws" {
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

locals {
  replica_bucket = "orders-replica"
}
resource "aws_s3_bucket" "replica" {
  provider = aws.secondary
  bucket   = local.replica_bucket
}
resource "aws_s3_bucket_replication_configuration" "primary" {
  bucket = aws_s3_bucket.primary.id
  rule {
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::${local.replica_bucket}"
    }
  }
}
