variable "aws_region" {
  type = string
}

locals {
  regions = { default = "us-east-1", prod = "eu-west-1" }
}
provider "aws" {
  region = local.regions[terraform.workspace] # want `The default aws provider picks its region by terraform\.workspace from values written in the code instead of taking it from var\.aws_region, so a new .* Set region = var\.aws_region\.` @ "local.regions[terraform.workspace]"
}
