variable "rules" {
  type = map(any)
}
resource "aws_security_group" "a" {}
resource "aws_vpc_security_group_egress_rule" "out" {
  for_each          = var.rules
  security_group_id = each.value.sg
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
