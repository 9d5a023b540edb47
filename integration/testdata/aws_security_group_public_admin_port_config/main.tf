provider "aws" {
  region = "us-east-1"
}

# Fires: PostgreSQL is in the configured ports.
resource "aws_vpc_security_group_ingress_rule" "postgres" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 5432
  to_port           = 5432
  ip_protocol       = "tcp"
}

# Fires: the range covers both WinRM ports.
resource "aws_security_group_rule" "winrm" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 5985
  to_port           = 5986
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# Fine: SSH is not in the configured ports.
resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}
