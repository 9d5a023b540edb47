provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.isolated, aws_instance\.shared\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

variable "shared_subnet" {
  type = string
}
resource "aws_vpc" "isolated" {}
resource "aws_subnet" "isolated" {
  vpc_id = aws_vpc.isolated.id
}
resource "aws_instance" "isolated" {
  subnet_id = aws_subnet.isolated.id
}
resource "aws_instance" "shared" {
  subnet_id = var.shared_subnet
}
