provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_db_instance\.db, aws_instance\.vpn\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {
  ingress {
    protocol    = "tcp"
    from_port   = 1194
    to_port     = 1194
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
