provider "aws" {
  region = "us-east-1"
}

variable "extra_groups" {
  type    = list(string)
  default = []
}

variable "shared_groups" {
  type = list(string)
}

# The database's group keeps its finding: the database gets no other group.
module "db" {
  source = "./modules/db"
}

# Fine: the web instances also get, through concat and the module's
# argument, the database access group, which has egress.
module "web" {
  source = "./modules/web"
  groups = concat(var.extra_groups, [module.db.access_group])
}

# Fine, no verdict: the instances also get groups from a variable with no
# known value, which may carry the egress.
module "worker" {
  source = "./modules/web"
  groups = var.shared_groups
}
