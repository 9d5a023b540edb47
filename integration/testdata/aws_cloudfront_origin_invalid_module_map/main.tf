# The terraform-aws-modules/cloudfront pattern: the caller hands the module a
# map of origins. The root's check judges the module's distribution, values and
# references alike, and shows each finding at the caller's expression.

resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_lb" "internal" {
  internal = true
}

resource "aws_lb" "public" {}

module "cdn" {
  source = "./modules/cloudfront"

  origin = {
    # Reported: a hosted zone is not an origin.
    zone = {
      domain_name = aws_route53_zone.main.name
    }
    # Reported: an internal load balancer cannot be reached from CloudFront.
    internal = {
      domain_name = aws_lb.internal.dns_name
    }
    # Fine.
    public = {
      domain_name = aws_lb.public.dns_name
    }
    # Reported: a URL scheme.
    scheme = {
      domain_name = "https://static.example.com"
    }
  }
}
