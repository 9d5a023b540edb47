provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.app\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

variable "enable_vpn" {
  default = false
}
resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpn_gateway" "vgw" {
  count  = var.enable_vpn ? 1 : 0
  vpc_id = aws_vpc.main.id
}
