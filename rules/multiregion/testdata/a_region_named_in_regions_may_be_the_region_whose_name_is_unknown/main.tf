variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
resource "aws_vpc" "primary" {}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
resource "aws_kms_key" "dnssec" {
  provider = aws.us_east_1
}
