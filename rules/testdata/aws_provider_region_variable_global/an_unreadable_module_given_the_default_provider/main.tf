provider "aws" {
  region = "eu-west-1" # want "hard-codes its region" @ `"eu-west-1"`
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

resource "aws_route53_zone" "site" {
  name = "example.org"
}

# The default provider passed under an alias may deploy anything in its region.
module "cert" {
  source      = "github.com/example/terraform-aws-acm-certificate?ref=v1.0.0"
  domain_name = "example.org"
  providers = {
    aws     = aws.us_east_1
    aws.dns = aws
  }
}
