# The deployment: its hard-coded region is reported, and the module's open
# SSH port at the module block.
provider "aws" {
  region = "us-east-1"
}

module "bastion" {
  source = "../.."
}

module "network" {
  source = "../../modules/network"
  region = "us-east-1"
}
