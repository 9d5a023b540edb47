variable "region" {
  type    = string
  default = null
}
resource "aws_instance" "this" {
  region = var.region
}
resource "aws_ec2_instance_connect_endpoint" "this" {
  region = var.region
}
