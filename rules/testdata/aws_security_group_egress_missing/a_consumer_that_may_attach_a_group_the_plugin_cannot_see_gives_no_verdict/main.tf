provider "aws" {
  region = "us-east-1"
}

# Groups from a variable with no known value: they may carry the egress, no
# verdict.
variable "extra_groups" {
  type = list(string)
}

resource "aws_security_group" "from_variable" {}

resource "aws_instance" "from_variable" {
  vpc_security_group_ids = concat([aws_security_group.from_variable.id], var.extra_groups)
}

# A variable whose value is known to hold no group attaches nothing: the
# finding stays.
variable "no_groups" {
  type    = list(string)
  default = []
}

resource "aws_security_group" "known_empty" {} # want `aws_security_group\.known_empty has no egress rules` @ `resource "aws_security_group" "known_empty"`

resource "aws_instance" "known_empty" {
  vpc_security_group_ids = concat([aws_security_group.known_empty.id], var.no_groups, [])
}

# An output of a module that cannot be read: no verdict.
module "network" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}

resource "aws_security_group" "from_unreadable_module" {}

resource "aws_instance" "from_unreadable_module" {
  vpc_security_group_ids = [aws_security_group.from_unreadable_module.id, module.network.default_security_group_id]
}

# A looked-up group, a literal ID, another resource's attribute: their rules
# are not in this configuration, no verdict.
data "aws_security_group" "shared" {
  name = "shared"
}

resource "aws_security_group" "beside_lookup" {}

resource "aws_instance" "beside_lookup" {
  vpc_security_group_ids = [aws_security_group.beside_lookup.id, data.aws_security_group.shared.id]
}

resource "aws_security_group" "beside_literal" {}

resource "aws_instance" "beside_literal" {
  vpc_security_group_ids = [aws_security_group.beside_literal.id, "sg-0123456789abcdef0"]
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_security_group" "beside_cluster_group" {}

resource "aws_launch_template" "nodes" {
  vpc_security_group_ids = [aws_security_group.beside_cluster_group.id, aws_eks_cluster.main.vpc_config[0].cluster_security_group_id]
}

# Handed to a readable module beside a variable with no known value: the
# instance inside may get a group with egress, no verdict.
resource "aws_security_group" "in_module" {}

module "app" {
  source = "./modules/app"
  groups = concat([aws_security_group.in_module.id], var.extra_groups)
}

# One consumer may get egress from a group the plugin cannot see, the other
# surely has none: the finding stays.
resource "aws_security_group" "partly_unresolved" {} # want `aws_security_group\.partly_unresolved has no egress rules` @ `resource "aws_security_group" "partly_unresolved"`

resource "aws_instance" "unresolved" {
  vpc_security_group_ids = concat([aws_security_group.partly_unresolved.id], var.extra_groups)
}

resource "aws_instance" "alone" {
  vpc_security_group_ids = [aws_security_group.partly_unresolved.id]
}

# A database's group with only known groups keeps its finding.
resource "aws_security_group" "database" {} # want `aws_security_group\.database has no egress rules` @ `resource "aws_security_group" "database"`

resource "aws_db_instance" "main" {
  vpc_security_group_ids      = concat(var.no_groups, [aws_security_group.database.id])
  manage_master_user_password = true
}

# each.value of a module call stands for an element of the call's for_each:
# of a variable with no known value, no verdict; of a map whose values hold
# no group, the finding stays.
variable "services" {
  type = map(list(string))
}

resource "aws_security_group" "per_service" {}

module "per_service" {
  source   = "./modules/app"
  for_each = var.services
  groups   = concat([aws_security_group.per_service.id], each.value)
}

resource "aws_security_group" "per_known_service" {} # want `aws_security_group\.per_known_service has no egress rules` @ `resource "aws_security_group" "per_known_service"`

module "per_known_service" {
  source   = "./modules/app"
  for_each = { api = [] }
  groups   = concat([aws_security_group.per_known_service.id], each.value)
}
