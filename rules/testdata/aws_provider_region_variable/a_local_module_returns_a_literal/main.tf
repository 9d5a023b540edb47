variable "aws_region" {}
module "settings" {
  source = "./modules/settings"
}
provider "aws" {
  region = module.settings.region # want `The default aws provider hard-codes its region instead of taking it from var\.aws_region, so the same .* Set region = var\.aws_region\.` @ "module.settings.region"
}
