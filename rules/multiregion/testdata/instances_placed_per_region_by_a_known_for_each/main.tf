provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

variable "regions" {
  type    = set(string)
  default = ["us-east-1", "eu-west-1"]
}
resource "aws_vpc" "each" { # want `^eu-west-1 lacks compute, present in us-east-1: aws_instance\.primary\.` @ `resource "aws_vpc" "each"`
  for_each = var.regions
  region   = each.key
}
resource "aws_subnet" "each" {
  for_each = var.regions
  region   = each.value
}
resource "aws_instance" "primary" {}
