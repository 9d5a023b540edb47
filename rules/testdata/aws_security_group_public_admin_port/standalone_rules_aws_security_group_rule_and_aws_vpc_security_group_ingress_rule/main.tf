variable "rule_type" {
  type = string
}
resource "aws_security_group_rule" "ssh" { # want `aws_security_group_rule\.ssh opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `resource "aws_security_group_rule" "ssh"`
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "everything" { # want `aws_security_group_rule\.everything opens all protocols and ports, including port 22 \(SSH\) and port 3389 \(RDP\), to ::/0,` @ `resource "aws_security_group_rule" "everything"`
  type              = "ingress"
  security_group_id = aws_security_group.other.id
  from_port         = 0
  to_port           = 65535
  protocol          = "all"
  ipv6_cidr_blocks  = ["::/0"]
}
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "unknown_type" {
  type              = var.rule_type
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_vpc_security_group_ingress_rule" "rdp" { # want `aws_vpc_security_group_ingress_rule\.rdp opens TCP port 3389 \(RDP\) to 0\.0\.0\.0/0,` @ `resource "aws_vpc_security_group_ingress_rule" "rdp"`
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
}
resource "aws_vpc_security_group_ingress_rule" "all" { # want `aws_vpc_security_group_ingress_rule\.all opens all protocols and ports, including port 22 \(SSH\) and port 3389 \(RDP\), to ::/0,` @ `resource "aws_vpc_security_group_ingress_rule" "all"`
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}
resource "aws_vpc_security_group_ingress_rule" "no_ports" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
}
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
}
resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
