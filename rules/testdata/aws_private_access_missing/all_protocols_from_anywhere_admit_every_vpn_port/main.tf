provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {
  ingress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
