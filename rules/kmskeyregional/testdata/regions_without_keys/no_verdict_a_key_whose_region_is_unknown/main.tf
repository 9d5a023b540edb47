
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "r" {
  type = string
}
resource "aws_kms_key" "main" {}
resource "aws_kms_key" "somewhere" {
  region = var.r
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
