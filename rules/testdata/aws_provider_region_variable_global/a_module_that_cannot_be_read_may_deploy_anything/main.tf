provider "aws" { # want "sets no region" @ `provider "aws"`
}

resource "aws_route53_zone" "site" {
  name = "example.com"
}

module "app" {
  source = "git::https://example.com/app.git"
}
