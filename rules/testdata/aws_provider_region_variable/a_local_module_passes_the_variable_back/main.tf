variable "aws_region" {}
module "settings" {
  source = "./modules/settings"
  region = var.aws_region
}
provider "aws" {
  region = module.settings.region
}
