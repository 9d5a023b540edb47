variable "enable_vpn" {
  default = true
}
resource "aws_vpc" "this" {}
resource "aws_instance" "this" {}
resource "aws_vpn_gateway" "this" {
  count  = var.enable_vpn ? 1 : 0
  vpc_id = aws_vpc.this.id
}
