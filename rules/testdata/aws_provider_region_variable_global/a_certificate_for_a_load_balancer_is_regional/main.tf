provider "aws" {
  region = "eu-west-1" # want "hard-codes its region" @ `"eu-west-1"`
}

resource "aws_acm_certificate" "api" {
  domain_name       = "api.example.com"
  validation_method = "DNS"
}
