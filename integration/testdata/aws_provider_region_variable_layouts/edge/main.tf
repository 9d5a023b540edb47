# Silent: the unreadable module gets only aliased providers, and the default
# provider deploys only CloudFront.
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

# Not installed: the model cannot read it.
module "cert" {
  source      = "github.com/example/terraform-aws-acm-certificate?ref=v1.0.0"
  domain_name = "example.org"
  providers = {
    aws     = aws.us_east_1
    aws.dns = aws.dns
  }
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn = module.cert.arn
  }
}

resource "aws_route53_record" "site" {
  provider = aws.dns
  zone_id  = "Z123"
  name     = "example.org"
  type     = "A"
}
