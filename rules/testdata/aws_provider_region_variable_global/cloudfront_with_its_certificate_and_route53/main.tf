provider "aws" {
  region = "us-east-1"
}

resource "aws_acm_certificate" "site" {
  domain_name       = "example.com"
  validation_method = "DNS"
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true

  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.site.arn
  }
}

resource "aws_route53_zone" "site" {
  name = "example.com"
}

resource "aws_route53_record" "site" {
  zone_id = aws_route53_zone.site.zone_id
  name    = "example.com"
  type    = "A"
}
