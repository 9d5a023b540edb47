variable "aws_region" {
  type = string
}

variable "region" {
  default = "us-east-1"
}
locals {
  region = var.region
}
provider "aws" {
  region = local.region # want `The default aws provider takes its region from var\.region instead of var\.aws_region, so setting aws_region .* Set region = var\.aws_region\.` @ "local.region"
}
