variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "network"
  region = var.region
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_route_table" "transit" {
  provider = aws.network
}
