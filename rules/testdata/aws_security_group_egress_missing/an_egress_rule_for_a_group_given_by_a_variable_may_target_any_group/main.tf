variable "sg_id" {
  type = string
}
resource "aws_security_group" "a" {}
resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = var.sg_id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
