provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_vpc\.isolated, aws_instance\.shared\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

variable "shared_subnet" {
  type = string
}
resource "aws_vpc" "isolated" {}
resource "aws_instance" "shared" {
  subnet_id = var.shared_subnet
}
