variable "aws_region" {
  type = string
}

provider "aws" {
  region = coalesce(var.aws_region, "us-east-1")
}
