variable "api_host" {
  type = string
}

variable "origins" {
  type = any
}

resource "aws_cloudfront_distribution" "this" {
  enabled = true

  origin {
    domain_name = var.api_host
    origin_id   = "api"
  }

  origin {
    domain_name = "assets.internal"
    origin_id   = "assets"
  }

  dynamic "origin" {
    for_each = var.origins
    content {
      domain_name = origin.value.domain_name
      origin_id   = origin.key
    }
  }

  default_cache_behavior {
    target_origin_id       = "web"
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
