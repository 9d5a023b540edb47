provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

variable "enable_nat" {
  type = bool
}
resource "aws_vpc" "primary" {}
resource "aws_nat_gateway" "primary" {
  count = var.enable_nat ? 1 : 0
}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_subnet" "secondary" {
  provider = aws.secondary
  for_each = var.subnets
}
variable "subnets" {
  type = map(string)
}
