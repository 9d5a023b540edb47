# A certificate module that is not installed, passed a us-east-1 alias and a
# DNS alias: whatever it deploys goes where those aliases say, not where the
# default provider does.
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

provider "aws" {
  alias  = "dns"
  region = "eu-west-1"
}

module "cert" {
  source      = "github.com/example/terraform-aws-acm-certificate?ref=v1.0.0"
  domain_name = "logging.example.org"
  providers = {
    aws     = aws.us_east_1
    aws.dns = aws.dns
  }
}

module "site" {
  source          = "./modules/site"
  acm_certificate = module.cert.arn
}
