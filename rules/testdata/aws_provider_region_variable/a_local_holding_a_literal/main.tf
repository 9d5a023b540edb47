variable "aws_region" {
  type = string
}

locals {
  region = "eu-west-1"
}
provider "aws" {
  region = local.region # want `The default aws provider hard-codes its region instead of taking it from var\.aws_region, so the same .* Set region = var\.aws_region\.` @ "local.region"
}
