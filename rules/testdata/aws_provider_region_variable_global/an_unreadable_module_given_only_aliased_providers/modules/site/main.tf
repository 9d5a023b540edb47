variable "acm_certificate" {}

resource "aws_cloudfront_distribution" "this" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn = var.acm_certificate
  }
}

resource "aws_route53_record" "this" {
  zone_id = "Z123"
  name    = "logging.example.org"
  type    = "A"
}
