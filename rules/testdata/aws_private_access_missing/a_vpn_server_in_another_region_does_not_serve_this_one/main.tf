provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_db_instance\.db\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {
  provider = aws.west
  ingress {
    protocol    = "udp"
    from_port   = 1194
    to_port     = 1194
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_instance" "vpn" {
  provider               = aws.west
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
