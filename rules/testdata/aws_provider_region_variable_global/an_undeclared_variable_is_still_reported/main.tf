provider "aws" {
  region = var.aws_region # want "which Terraform rejects" @ "var.aws_region"
}

resource "aws_route53_zone" "site" {
  name = "example.com"
}
