variable "security_group_id" {
  type = string
}

resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = var.security_group_id
  cidr_ipv4         = "10.0.0.0/8"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
}
