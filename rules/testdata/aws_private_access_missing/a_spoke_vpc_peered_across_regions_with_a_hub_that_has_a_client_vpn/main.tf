provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_vpc" "hub" {}
resource "aws_ec2_client_vpn_endpoint" "hub" {}
resource "aws_vpc" "spoke" {
  provider = aws.west
}
resource "aws_instance" "spoke" {
  provider = aws.west
}
resource "aws_vpc_peering_connection" "hub_spoke" {
  vpc_id      = aws_vpc.hub.id
  peer_vpc_id = aws_vpc.spoke.id
  peer_region = "us-west-2"
}
