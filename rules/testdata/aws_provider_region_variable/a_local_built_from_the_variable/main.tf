variable "aws_region" {
  type = string
}

locals {
  settings = { region = var.aws_region }
  region   = local.settings.region
}
provider "aws" {
  region = local.region
}
