provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_ec2_client_vpn_endpoint" "default" {}
resource "aws_instance" "west" {
  provider = aws.west
}
