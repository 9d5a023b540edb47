variable "aws_region" {}
module "settings" {
  source = "app.terraform.io/acme/settings/aws"
}
provider "aws" {
  region = module.settings.region
}
