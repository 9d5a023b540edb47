provider "aws" {
  region = "us-east-1"
}

variable "vpn_region" {
  type = string
}
resource "aws_instance" "east" {}
resource "aws_ec2_client_vpn_endpoint" "somewhere" {
  region = var.vpn_region
}
