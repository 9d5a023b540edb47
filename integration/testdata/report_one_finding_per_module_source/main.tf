variable "aws_region" {
  default = "eu-west-1"
}

provider "aws" {
  region = var.aws_region
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

# An unencrypted topic in the module's own code: one issue, at alerts_a,
# naming the other calls, the nested one through module.wrap included.
module "alerts_a" {
  source = "./modules/topic"
  name   = "a"
}

module "alerts_b" {
  source = "./modules/topic"
  name   = "b"
}

module "wrap" {
  source = "./modules/wrap"
}

# A module with its own provider "aws" without default_tags: one tags issue,
# at store_a.
module "store_a" {
  source = "./modules/store"
  name   = "a"
}

module "store_b" {
  source = "./modules/store"
  name   = "b"
}

module "store_c" {
  source = "./modules/store"
  name   = "c"
}

# The value comes from each caller's argument: one issue per call, there.
module "disk_a" {
  source    = "./modules/disk"
  encrypted = false
}

module "disk_b" {
  source    = "./modules/disk"
  encrypted = false
}
