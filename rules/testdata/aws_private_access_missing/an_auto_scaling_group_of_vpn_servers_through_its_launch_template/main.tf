provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {
  ingress {
    protocol    = "udp"
    from_port   = 1194
    to_port     = 1194
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_launch_template" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
resource "aws_autoscaling_group" "vpn" {
  min_size = 1
  max_size = 1
  launch_template {
    id = aws_launch_template.vpn.id
  }
}
