provider "aws" {
  region = "us-east-1"
}

variable "extra_groups" {
  type    = list(string)
  default = []
}

# The shape of a web module whose instances get, through concat and module
# arguments, a database access group with egress from another module: no
# finding for the web group. The database's own group keeps its finding.
module "db" { # want `module\.db\.aws_security_group\.database has no egress rules` @ `module "db"`
  source = "./modules/db"
}

module "web" {
  source = "./modules/web"
  groups = concat(var.extra_groups, [module.db.access_group])
}

resource "aws_security_group" "common_egress" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

locals {
  base_groups = [aws_security_group.common_egress.id]
}

resource "aws_security_group" "through_local" {}

resource "aws_instance" "through_local" {
  vpc_security_group_ids = concat(local.base_groups, [aws_security_group.through_local.id])
}

# A condition that can be evaluated hands on the group it picks.
resource "aws_security_group" "known_condition" {}

resource "aws_instance" "known_condition" {
  vpc_security_group_ids = length(var.extra_groups) == 0 ? [aws_security_group.known_condition.id, aws_security_group.common_egress.id] : var.extra_groups
}

# Groups picked per instance or per run are not surely attached: the
# finding stays.
variable "use_egress" {
  type = bool
}

resource "aws_security_group" "picked_by_condition" {} # want `aws_security_group\.picked_by_condition has no egress rules` @ `resource "aws_security_group" "picked_by_condition"`

resource "aws_instance" "picked_by_condition" {
  vpc_security_group_ids = concat([aws_security_group.picked_by_condition.id], var.use_egress ? [aws_security_group.common_egress.id] : [])
}

resource "aws_security_group" "picked_by_element" {} # want `aws_security_group\.picked_by_element has no egress rules` @ `resource "aws_security_group" "picked_by_element"`

resource "aws_instance" "picked_by_element" {
  count                  = 2
  vpc_security_group_ids = [aws_security_group.picked_by_element.id, element([aws_security_group.common_egress.id, aws_security_group.picked_by_element.id], count.index)]
}

resource "aws_security_group" "picked_by_each" {} # want `aws_security_group\.picked_by_each has no egress rules` @ `resource "aws_security_group" "picked_by_each"`

resource "aws_instance" "picked_by_each" {
  for_each               = toset([aws_security_group.common_egress.id, aws_security_group.picked_by_each.id])
  vpc_security_group_ids = [aws_security_group.picked_by_each.id, each.value]
}

resource "aws_security_group" "picked_by_iterator" {} # want `aws_security_group\.picked_by_iterator has no egress rules` @ `resource "aws_security_group" "picked_by_iterator"`

resource "aws_launch_template" "picked_by_iterator" {
  dynamic "network_interfaces" {
    for_each = [aws_security_group.common_egress.id, aws_security_group.picked_by_iterator.id]
    content {
      security_groups = [aws_security_group.picked_by_iterator.id, network_interfaces.value]
    }
  }
}

# A for expression over managed groups may attach them, which credits none
# and hides none: the finding stays.
resource "aws_security_group" "beside_for_expression" {} # want `aws_security_group\.beside_for_expression has no egress rules` @ `resource "aws_security_group" "beside_for_expression"`

resource "aws_instance" "beside_for_expression" {
  vpc_security_group_ids = concat([aws_security_group.beside_for_expression.id], [for g in [aws_security_group.common_egress] : g.id])
}
