provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.web\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_default_vpc" "default" {}
resource "aws_subnet" "a" {
  vpc_id = aws_default_vpc.default.id
}
resource "aws_instance" "web" {
  for_each  = { a = aws_subnet.a.id }
  subnet_id = each.value
}
