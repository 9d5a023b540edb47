variable "rules" {
  default = {
    https = { port = 443, cidr = "0.0.0.0/0" }
    ssh   = { port = 22, cidr = "0.0.0.0/0" }
  }
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }
}

resource "aws_vpc_security_group_ingress_rule" "app" {
  for_each          = var.rules
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
}

# The terraform-aws-modules/security-group pattern: named rules looked up by count.index.
module "bastion" {
  source              = "./modules/sg"
  ingress_rules       = ["https-443-tcp", "ssh-tcp"]
  ingress_cidr_blocks = ["0.0.0.0/0"]
}

module "internal" {
  source              = "./modules/sg"
  ingress_rules       = ["ssh-tcp"]
  ingress_cidr_blocks = ["10.0.0.0/8"]
}
