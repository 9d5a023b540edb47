provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `Region us-west-2 \(provider aws\.west\) hosts private networks or workloads \(aws_instance\.west\) but has no private access path` @ `provider "aws"`
  alias  = "west"
  region = "us-west-2"
}

resource "aws_instance" "hub" {}
resource "aws_ec2_client_vpn_endpoint" "hub" {}
resource "aws_vpc" "a" {
  provider = aws.west
}
resource "aws_vpc" "b" {
  provider = aws.west
}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "aws_vpc_peering_connection" "ab" {
  provider    = aws.west
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}
