locals {
  origins = {
    web = { host = "www.example.com" }
    api = { host = "http://api.example.com" }
    lan = { host = "nas.home.arpa", vpc = true }
  }
}
variable "unknown_origins" {
  type = map(string)
}
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  dynamic "origin" {
    for_each = local.origins
    content {
      domain_name = origin.value.host # want `aws_cloudfront_distribution\.cdn origin\["api"\] domain_name "http://api\.example\.com" includes a URL scheme: CloudFront accepts only a DNS name here` @ "origin.value.host"
      origin_id   = origin.key
      dynamic "vpc_origin_config" {
        for_each = lookup(origin.value, "vpc", false) ? [1] : []
        content {
          vpc_origin_id = "vo_1"
        }
      }
    }
  }
  dynamic "origin" {
    for_each = var.unknown_origins
    iterator = o
    content {
      domain_name = o.value
      origin_id   = o.key
    }
  }
  dynamic "origin" {
    for_each = []
    content {
      domain_name = "http://never.example.com"
      origin_id   = "never"
    }
  }
  default_cache_behavior {
    target_origin_id       = "web"
    viewer_protocol_policy = "allow-all"
  }
}
