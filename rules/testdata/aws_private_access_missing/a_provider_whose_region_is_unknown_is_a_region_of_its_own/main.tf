variable "region" {
  type = string
}
provider "aws" { # want `The region of provider aws hosts private networks or workloads \(aws_vpc\.main\) but has no private access path` @ `provider "aws"`
  region = var.region
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_vpc" "main" {}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
