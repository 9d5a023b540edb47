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
resource "aws_ec2_transit_gateway" "west" {
  provider = aws.west
}
resource "aws_dx_gateway" "dx" {}
resource "aws_dx_gateway_association" "west" {
  dx_gateway_id         = aws_dx_gateway.dx.id
  associated_gateway_id = aws_ec2_transit_gateway.west.id
}
