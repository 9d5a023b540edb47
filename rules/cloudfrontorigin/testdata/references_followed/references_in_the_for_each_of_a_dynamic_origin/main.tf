# The references a dynamic origin's for_each holds are followed element by
# element.
resource "aws_lb" "internal" {
  internal = true
}
resource "aws_lb" "public" {}
locals {
  origins = {
    alb = { domain_name = aws_lb.internal.dns_name }
    web = { domain_name = aws_lb.public.dns_name }
  }
}
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  dynamic "origin" {
    for_each = local.origins
    content {
      domain_name = origin.value.domain_name # want `aws_cloudfront_distribution\.cdn origin\["alb"\] domain_name is the dns_name of aws_lb\.internal, an internal load balancer` @ "origin.value.domain_name"
      origin_id   = origin.key
    }
  }
  default_cache_behavior {
    target_origin_id       = "web"
    viewer_protocol_policy = "redirect-to-https"
  }
}
