provider "aws" {
  region = "us-east-1"
}

variable "vpc_id" {
  type    = string
  default = "vpc-0123456789abcdef0"
}

# Fires: no egress anywhere, so the group allows no outbound traffic.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

# Fires: only ingress rules point at this group.
resource "aws_security_group" "ingress_only" {
  name   = "ingress-only"
  vpc_id = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "ingress_only" {
  security_group_id = aws_security_group.ingress_only.id
  cidr_ipv4         = "10.0.0.0/8"
  from_port         = 5432
  to_port           = 5432
  ip_protocol       = "tcp"
}

# Fine: inline egress.
resource "aws_security_group" "inline" {
  vpc_id = var.vpc_id

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

# Fine: dynamic egress.
resource "aws_security_group" "dynamic" {
  vpc_id = var.vpc_id

  dynamic "egress" {
    for_each = [443, 5432]
    content {
      from_port   = egress.value
      to_port     = egress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

# Fine: "no outbound traffic" stated explicitly.
resource "aws_security_group" "isolated" {
  vpc_id = var.vpc_id
  egress = []
}

# Fine: a standalone egress rule.
resource "aws_security_group" "standalone" {
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "standalone_https" {
  type              = "egress"
  security_group_id = aws_security_group.standalone.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

# Fine: egress rules for several groups, through for_each instances.
resource "aws_security_group" "tier" {
  for_each = toset(["web", "worker"])
  vpc_id   = var.vpc_id
}

resource "aws_vpc_security_group_egress_rule" "tier" {
  for_each          = aws_security_group.tier
  security_group_id = each.value.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}

# Fine: a local module adds the egress rule through its variable.
resource "aws_security_group" "via_module" {
  vpc_id = var.vpc_id
}

module "egress_rules" {
  source            = "./modules/egress_rules"
  security_group_id = aws_security_group.via_module.id
}

# Fine: handed to a module that is not installed, which may add egress rules.
resource "aws_security_group" "via_registry" {
  vpc_id = var.vpc_id
}

module "registry_rules" {
  source            = "terraform-aws-modules/security-group/aws"
  version           = "5.3.0"
  create_sg         = false
  security_group_id = aws_security_group.via_registry.id
}

# Fine: count = 0 creates nothing.
resource "aws_security_group" "disabled" {
  count  = 0
  vpc_id = var.vpc_id
}
