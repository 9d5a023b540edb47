provider "aws" {
  region = "us-east-1"
}

# Two groups without egress in one module: one issue at the module block.
module "app" { # want `module\.app\.aws_security_group\.internal has no egress rules.* The same applies to module\.app\.aws_security_group\.second\.` @ `module "app"`
  source = "./modules/app"
  egress = null # want `module\.app\.aws_security_group\.optional has no egress rules` @ "null"
}

# The root gives the module's exported group its egress.
resource "aws_vpc_security_group_egress_rule" "exported" {
  security_group_id = module.app.exported_id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
