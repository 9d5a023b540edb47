variable "sg_id" {}
resource "aws_vpc_security_group_egress_rule" "this" {
  security_group_id = var.sg_id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
