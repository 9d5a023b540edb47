provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.east\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_instance" "east" {}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
