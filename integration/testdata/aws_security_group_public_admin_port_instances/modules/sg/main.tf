variable "ingress_rules" {
  type    = list(string)
  default = []
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "rules" {
  type = map(list(any))
  default = {
    ssh-tcp       = [22, 22, "tcp", "SSH"]
    https-443-tcp = [443, 443, "tcp", "HTTPS"]
  }
}

resource "aws_security_group_rule" "ingress_rules" {
  count = length(var.ingress_rules)

  security_group_id = "sg-0123456789abcdef0"
  type              = "ingress"
  cidr_blocks       = var.ingress_cidr_blocks
  description       = var.rules[var.ingress_rules[count.index]][3]
  from_port         = var.rules[var.ingress_rules[count.index]][0]
  to_port           = var.rules[var.ingress_rules[count.index]][1]
  protocol          = var.rules[var.ingress_rules[count.index]][2]
}
