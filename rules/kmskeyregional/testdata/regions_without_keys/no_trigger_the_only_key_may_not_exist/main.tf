
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

variable "create" {
  type = bool
}
resource "aws_kms_key" "maybe" {
  count = var.create ? 1 : 0
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
