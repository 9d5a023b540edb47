# Fires: no variable "aws_region", and the region is a local holding a literal.
locals {
  region = "eu-central-1"
}

provider "aws" {
  region = local.region
}

module "app" {
  source = "../../modules/app"
  name   = "staging"
}
