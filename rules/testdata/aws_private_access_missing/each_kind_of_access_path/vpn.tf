provider "aws" {
  region = "us-east-1"
}
resource "aws_instance" "main" {}
resource "aws_vpn_gateway" "vgw" {}
