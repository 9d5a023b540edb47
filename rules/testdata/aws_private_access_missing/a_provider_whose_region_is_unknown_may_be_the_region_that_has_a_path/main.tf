variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_instance" "main" {}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
