# Issue 10: rules are objects filtered with length(r) > 0 (an empty object is
# a placeholder). length() of an object must evaluate, or the for_each is
# unknown and the SSH rule open to the internet goes unreported.

# In a module: reported at the caller's CIDR argument.
module "web" {
  source              = "./modules/sg"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  rules = [
    { name = "https", port = 443 },
    { name = "ssh", port = 22 },
    {},
  ]
}

# The same module opening only HTTPS to the internet: nothing to report.
module "public_https" {
  source              = "./modules/sg"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  rules = [
    { name = "https", port = 443 },
    {},
  ]
}

# The same module with SSH from a private range only: nothing to report.
module "internal" {
  source              = "./modules/sg"
  ingress_cidr_blocks = ["10.0.0.0/8"]
  rules = [
    { name = "ssh", port = 22 },
  ]
}

# At the root, with each rule carrying its own CIDR: reported at the rule.
locals {
  rules = [
    { name = "https", port = 443, cidr = "0.0.0.0/0" },
    { name = "ssh", port = 22, cidr = "0.0.0.0/0" },
    { name = "rdp", port = 3389, cidr = "10.0.0.0/8" },
    {},
  ]
}

resource "aws_security_group_rule" "ingress" {
  for_each = { for r in local.rules : r.name => r if length(r) > 0 }

  security_group_id = "sg-0123456789abcdef0"
  type              = "ingress"
  protocol          = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_blocks       = [each.value.cidr]
}
