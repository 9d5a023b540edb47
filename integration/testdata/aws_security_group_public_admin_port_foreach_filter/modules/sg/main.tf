variable "rules" {
  description = "Ingress rules by name and port; an empty object is a placeholder and is skipped."
  type        = any
  default     = []
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = []
}

locals {
  rules = var.rules
}

resource "aws_security_group_rule" "ingress" {
  for_each = { for r in local.rules : r.name => r if length(r) > 0 }

  security_group_id = "sg-0123456789abcdef0"
  type              = "ingress"
  protocol          = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_blocks       = var.ingress_cidr_blocks
}
