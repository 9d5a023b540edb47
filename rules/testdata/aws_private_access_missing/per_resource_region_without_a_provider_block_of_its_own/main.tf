provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_client_vpn_endpoint" "east" {}
resource "aws_instance" "east" {}
resource "aws_instance" "eu" { # want `Region eu-west-1 hosts private networks or workloads \(aws_instance\.eu\) but has no private access path` @ `resource "aws_instance" "eu"`
  region = "eu-west-1"
}
