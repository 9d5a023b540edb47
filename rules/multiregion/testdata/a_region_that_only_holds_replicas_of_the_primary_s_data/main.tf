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

resource "aws_s3_bucket" "replica" {
  provider = aws.secondary
}
resource "aws_s3_bucket_replication_configuration" "primary" {
  bucket = aws_s3_bucket.primary.id
  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
    }
  }
}
resource "aws_s3_bucket" "legacy_replica" {
  provider = aws.secondary
}
resource "aws_s3_bucket" "legacy_source" {
  replication_configuration {
    rules {
      destination {
        bucket = aws_s3_bucket.legacy_replica.arn
      }
    }
  }
}
resource "aws_db_instance" "read_replica" {
  provider            = aws.secondary
  replicate_source_db = aws_db_instance.primary.arn
}
resource "aws_dynamodb_table_replica" "orders" {
  provider         = aws.secondary
  global_table_arn = "arn:aws:dynamodb:us-east-1:111122223333:table/orders"
}
