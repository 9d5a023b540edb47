terraform {
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "prod/network.tfstate"
    region = "eu-central-1"
  }
}

provider "aws" {
  region = var.aws_region
}

variable "aws_region" {
  type    = string
  default = "eu-central-1"
}

# Fires at the provider block: the network module creates a VPC with
# instances, and nothing in eu-central-1 lets administrators in privately.
module "network" {
  source = "../../modules/network"
  name   = "prod"
}
