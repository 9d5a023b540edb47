# Fires at the block: the provider sets no region, so it comes from the environment.
variable "aws_region" {
  type = string
}

provider "aws" {
  profile = "sandbox"
}

module "app" {
  source = "../../modules/app"
  name   = "sandbox"
}
