variable "vpn_region" {
  type = string
}
provider "aws" {
  region = "us-east-1"
}
resource "aws_instance" "main" {}
resource "aws_ec2_client_vpn_endpoint" "somewhere" {
  region = var.vpn_region
}
