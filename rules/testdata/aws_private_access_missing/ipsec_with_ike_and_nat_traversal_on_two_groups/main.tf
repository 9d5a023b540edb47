provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {}
resource "aws_security_group" "ike" {
  ingress {
    protocol    = "udp"
    from_port   = 500
    to_port     = 500
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group" "natt" {}
resource "aws_security_group_rule" "natt" {
  type              = "ingress"
  security_group_id = aws_security_group.natt.id
  protocol          = "17"
  from_port         = 4500
  to_port           = 4500
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.ike.id, aws_security_group.natt.id]
}
