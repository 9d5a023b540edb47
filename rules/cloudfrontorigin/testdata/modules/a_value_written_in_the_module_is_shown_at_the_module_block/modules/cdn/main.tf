resource "aws_route53_zone" "this" {
  name = "example.com"
}
resource "aws_cloudfront_distribution" "this" {
  enabled = true
  origin {
    domain_name = aws_route53_zone.this.name
    origin_id   = "zone"
  }
  default_cache_behavior {
    target_origin_id       = "nowhere"
    viewer_protocol_policy = "redirect-to-https"
  }
}
