variable "dr_region" {
  type = string
}
provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `^The region of provider aws\.dr lacks subnets, present in us-east-1: aws_subnet\.primary\.` @ `provider "aws"`
  alias  = "dr"
  region = var.dr_region
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "dr" {
  provider = aws.dr
}
