provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

variable "regions" {
  type = set(string)
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_subnet" "everywhere" {
  for_each = var.regions
  region   = each.key
}
