variable "rules" {
  type = map(object({ port = number, cidr = string }))
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each          = var.rules
  security_group_id = "sg-0123456789abcdef0"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
}
