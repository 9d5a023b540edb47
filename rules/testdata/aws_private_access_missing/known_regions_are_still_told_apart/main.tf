provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" { # want `Region us-east-1 \(provider aws\.east\) hosts private networks or workloads \(aws_instance\.east\) but has no private access path` @ `provider "aws"`
  alias  = "east"
  region = "us-east-1"
}
resource "aws_instance" "default" {}
resource "aws_instance" "east" {
  provider = aws.east
}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
