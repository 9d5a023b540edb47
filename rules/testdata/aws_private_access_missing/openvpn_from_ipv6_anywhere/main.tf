provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {
  ingress {
    protocol         = "udp"
    from_port        = 1190
    to_port          = 1199
    ipv6_cidr_blocks = ["::/0"]
  }
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
