variable "AWS_REGION" {
  type = string
}

locals {
  region = coalesce(var.AWS_REGION, "eu-west-1")
}

provider "aws" {
  region = local.region
}
