# A root that deploys only global services: a CloudFront distribution with
# its us-east-1 certificate and CLOUDFRONT-scope WAF, and its Route 53 zone.
# AWS fixes the region these live in, so the hard-coded region is not reported.
provider "aws" {
  region = "us-east-1"
}

resource "aws_acm_certificate" "site" {
  domain_name       = "example.com"
  validation_method = "DNS"
}

resource "aws_wafv2_web_acl" "edge" {
  name  = "edge"
  scope = "CLOUDFRONT"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "edge"
    sampled_requests_enabled   = false
  }
}

resource "aws_cloudfront_distribution" "site" {
  enabled    = true
  web_acl_id = aws_wafv2_web_acl.edge.arn

  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.site.arn
    ssl_support_method  = "sni-only"
  }
}

resource "aws_route53_zone" "site" {
  name = "example.com"
}
