locals {
  web_sg = aws_security_group.web.id
  groups = { a = aws_security_group.a.id, b = aws_security_group.b.id }
}
resource "aws_security_group" "web" {}
resource "aws_security_group" "a" {}
resource "aws_security_group" "b" {}
resource "aws_security_group" "set" {
  for_each = toset(["x", "y"])
}
resource "aws_security_group" "lonely" {} # want `aws_security_group\.lonely has no egress rules` @ `resource "aws_security_group" "lonely"`
resource "aws_vpc_security_group_egress_rule" "web" {
  security_group_id = local.web_sg
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
resource "aws_vpc_security_group_egress_rule" "each" {
  for_each          = local.groups
  security_group_id = each.value
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
resource "aws_vpc_security_group_egress_rule" "set" {
  for_each          = aws_security_group.set
  security_group_id = aws_security_group.set[each.key].id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
resource "aws_vpc_security_group_egress_rule" "literal" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
