provider "aws" {
  region = "us-east-1"
}

# Fires once, at the argument: the module opens SSH to the CIDRs its caller
# passes, and one of them is the whole internet.
module "security" {
  source        = "./modules/security"
  vpc_id        = "vpc-0123456789abcdef0"
  allowed_cidrs = ["10.0.0.0/8", "0.0.0.0/0"]
}

# Fine: the same module with private CIDRs.
module "private" {
  source        = "./modules/security"
  vpc_id        = "vpc-0123456789abcdef0"
  allowed_cidrs = ["10.0.0.0/8"]
}

locals {
  public_rules = {
    ssh   = { port = 22, cidr = "0.0.0.0/0" }
    https = { port = 443, cidr = "0.0.0.0/0" }
  }
}

# Fires at the argument: the module's rule takes its CIDR from each.value, and
# its for_each from this argument.
module "rules" {
  source = "./modules/rules"
  rules  = local.public_rules
}

# Fires at the module block: the module opens SSH to the world by itself.
module "bastion" {
  source = "./modules/bastion"
}
