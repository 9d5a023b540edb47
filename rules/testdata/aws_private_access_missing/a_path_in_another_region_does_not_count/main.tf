provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_vpc\.east\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_vpc" "east" {}
resource "aws_vpc" "west" {
  provider = aws.west
}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
