provider "aws" {
  region = var.aws_region
}

variable "aws_region" {
  type = string
}

module "app" {
  source = "./app"
}
