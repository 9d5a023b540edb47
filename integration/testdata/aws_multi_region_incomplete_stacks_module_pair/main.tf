terraform {
  backend "s3" {}
}

# Modules written before Terraform 0.13 configure their own provider.
module "primary" {
  source = "./modules/primary"
}

module "dr" {
  source = "./modules/dr"
}
