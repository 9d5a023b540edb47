provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.app\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_vpc" "a" {}
resource "aws_vpc" "b" {}
resource "aws_instance" "app" {}
resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}
