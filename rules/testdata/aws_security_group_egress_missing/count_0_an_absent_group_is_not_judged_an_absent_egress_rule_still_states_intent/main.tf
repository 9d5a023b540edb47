variable "egress_enabled" {
  default = false
}
resource "aws_security_group" "gone" {
  count = 0
}
resource "aws_security_group" "toggled" {}
resource "aws_vpc_security_group_egress_rule" "toggled" {
  count             = var.egress_enabled ? 1 : 0
  security_group_id = aws_security_group.toggled.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
