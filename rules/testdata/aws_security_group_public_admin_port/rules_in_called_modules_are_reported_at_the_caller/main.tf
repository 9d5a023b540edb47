# The CIDRs come from the caller's argument: reported there, once.
module "security" {
  source        = "./modules/security"
  vpc_id        = "vpc-0123456789abcdef0"
  allowed_cidrs = ["10.0.0.0/8", "0.0.0.0/0"] # want `module\.security\.aws_security_group\.admin opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `["10.0.0.0/8", "0.0.0.0/0"]`
}

# The same module with private CIDRs opens nothing.
module "private" {
  source        = "./modules/security"
  vpc_id        = "vpc-0123456789abcdef0"
  allowed_cidrs = ["10.0.0.0/8"]
}

# A rule fed by each.value: its for_each comes from the caller's argument.
locals {
  public_rules = {
    ssh   = { port = 22, cidr = "0.0.0.0/0" }
    https = { port = 443, cidr = "0.0.0.0/0" }
  }
}

module "rules" {
  source = "./modules/rules"
  rules  = local.public_rules # want `module\.rules\.aws_vpc_security_group_ingress_rule\.this\["ssh"\] opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ "local.public_rules"
}

# The module opens SSH to the world by itself: reported at the module block.
module "bastion" { # want `module\.bastion\.aws_security_group\.this opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `module "bastion"`
  source = "./modules/bastion"
}
