variable "rules" {
  default = {
    https = { port = 443, cidr = "0.0.0.0/0" }
    ssh   = { port = 22, cidr = "0.0.0.0/0" }
    rdp   = { port = 3389, cidr = "0.0.0.0/0" }
    vpn   = { port = 22, cidr = "10.0.0.0/8" }
  }
}
variable "named_rules" {
  default = { ssh-tcp = [22, 22, "tcp"], https-443-tcp = [443, 443, "tcp"] }
}
variable "ingress_rules" {
  default = ["https-443-tcp", "ssh-tcp"]
}
variable "ingress_cidr_blocks" {
  default = ["0.0.0.0/0"]
}
variable "unknown_rules" {
  type = map(object({ port = number, cidr = string }))
}
resource "aws_vpc_security_group_ingress_rule" "each" { # want `aws_vpc_security_group_ingress_rule\.each\["rdp"\] opens TCP port 3389 \(RDP\) to 0\.0\.0\.0/0,` @ `resource "aws_vpc_security_group_ingress_rule" "each"`
  for_each          = var.rules
  security_group_id = "sg-1"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
}
resource "aws_security_group_rule" "module_style" { # want `aws_security_group_rule\.module_style\[1\] opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `resource "aws_security_group_rule" "module_style"`
  count             = length(var.ingress_rules)
  type              = "ingress"
  security_group_id = "sg-1"
  cidr_blocks       = var.ingress_cidr_blocks
  from_port         = var.named_rules[var.ingress_rules[count.index]][0]
  to_port           = var.named_rules[var.ingress_rules[count.index]][1]
  protocol          = var.named_rules[var.ingress_rules[count.index]][2]
}
resource "aws_security_group" "set" {
  for_each = { for p in ["22", "443"] : p => p }
  dynamic "ingress" { # want `An ingress rule of aws_security_group\.set\["22"\] opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `dynamic "ingress"`
    for_each = var.rules
    iterator = rule
    content {
      from_port   = each.value
      to_port     = each.value
      protocol    = "tcp"
      cidr_blocks = [rule.value.cidr]
    }
  }
}
resource "aws_vpc_security_group_ingress_rule" "unknown" {
  for_each          = var.unknown_rules
  security_group_id = "sg-1"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
}
