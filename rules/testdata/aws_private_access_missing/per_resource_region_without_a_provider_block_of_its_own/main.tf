provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_client_vpn_endpoint" "east" {}
resource "aws_vpc" "east" {}
resource "aws_vpc" "eu" { # want `Region eu-west-1 hosts private networks or workloads \(aws_vpc\.eu\) but has no private access path` @ `resource "aws_vpc" "eu"`
  region = "eu-west-1"
}
