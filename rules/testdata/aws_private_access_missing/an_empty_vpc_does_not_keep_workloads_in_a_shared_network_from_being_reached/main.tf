provider "aws" {
  region = "us-east-1"
}

variable "shared_subnet" {
  type = string
}
resource "aws_vpc" "spare" {}
resource "aws_instance" "app" {
  subnet_id = var.shared_subnet
}
