# A root in eu-west-2 whose us-east-1 alias creates nothing but a central
# bucket (and its settings): us-east-1 serves the workload in eu-west-2, it is
# not a region the workload is deployed to.
provider "aws" {
  region = "eu-west-2"
}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
resource "aws_vpc" "main" {
}
resource "aws_subnet" "main" {
}
resource "aws_route_table" "main" {
}
resource "aws_internet_gateway" "main" {
}
resource "aws_nat_gateway" "main" {
}
resource "aws_security_group" "main" {
}
resource "aws_instance" "main" {
}
resource "aws_db_instance" "main" {
}
resource "aws_s3_bucket" "main" {
}
resource "aws_lb" "main" {
}

resource "aws_s3_bucket" "central" {
  provider = aws.us_east_1
  bucket   = "example-central-logs"
}
resource "aws_s3_bucket_versioning" "central" {
  provider = aws.us_east_1
  bucket   = aws_s3_bucket.central.id
}
resource "aws_s3_bucket_public_access_block" "central" {
  provider = aws.us_east_1
  bucket   = aws_s3_bucket.central.id
}
