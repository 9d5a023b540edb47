provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {}
resource "aws_vpc_security_group_ingress_rule" "wireguard" {
  security_group_id = aws_security_group.vpn.id
  ip_protocol       = "udp"
  from_port         = 51820
  to_port           = 51820
  cidr_ipv4         = "0.0.0.0/0"
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
