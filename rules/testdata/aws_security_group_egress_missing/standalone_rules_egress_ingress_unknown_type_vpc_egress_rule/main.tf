variable "rule_type" {
  type = string
}
resource "aws_security_group" "egress_rule" {}
resource "aws_security_group" "ingress_only" {} # want `aws_security_group\.ingress_only has no egress rules` @ `resource "aws_security_group" "ingress_only"`
resource "aws_security_group" "unknown_type" {}
resource "aws_security_group" "vpc_rule" {}
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = aws_security_group.egress_rule.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
resource "aws_security_group_rule" "in" {
  type              = "ingress"
  security_group_id = aws_security_group.ingress_only.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
resource "aws_security_group_rule" "maybe" {
  type              = var.rule_type
  security_group_id = aws_security_group.unknown_type.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
}
resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = aws_security_group.vpc_rule.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
