provider "aws" {
  region = "us-east-1"
}

variable "enable_vpn" {
  type = bool
}
resource "aws_instance" "main" {}
resource "aws_vpn_gateway" "vgw" {
  count = var.enable_vpn ? 1 : 0
}
