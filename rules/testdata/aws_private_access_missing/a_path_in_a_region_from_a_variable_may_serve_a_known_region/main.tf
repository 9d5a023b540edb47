provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "hub_region" {
  type = string
}
provider "aws" {
  alias  = "hub"
  region = var.hub_region
}
resource "aws_ec2_client_vpn_endpoint" "hub" {
  provider = aws.hub
}
resource "aws_instance" "west" {
  provider = aws.west
}
