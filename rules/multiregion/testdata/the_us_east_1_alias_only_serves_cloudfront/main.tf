provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
resource "aws_acm_certificate" "cdn" {
  provider    = aws.us_east_1
  domain_name = "example.com"
}
resource "aws_lambda_function" "edge" {
  provider = aws.us_east_1
}
resource "aws_cloudfront_distribution" "cdn" {
  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.cdn.arn
  }
  default_cache_behavior {
    lambda_function_association {
      lambda_arn = aws_lambda_function.edge.qualified_arn
    }
  }
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
