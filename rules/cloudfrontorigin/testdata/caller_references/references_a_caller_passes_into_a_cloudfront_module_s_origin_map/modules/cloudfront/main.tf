variable "origin" {
  type = any
}
variable "logging_host" {
  type    = string
  default = null
}
resource "aws_cloudfront_distribution" "this" {
  enabled = true
  dynamic "origin" {
    for_each = var.origin
    content {
      domain_name = origin.value.domain_name
      origin_id   = lookup(origin.value, "origin_id", origin.key)
    }
  }
  origin {
    domain_name = var.logging_host
    origin_id   = "static"
  }
  default_cache_behavior {
    target_origin_id       = "static"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
