variable "origins" {
  type = map(string)
}
resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "a.example.com"
    origin_id   = "a"
  }
  dynamic "origin" {
    for_each = var.origins
    content {
      domain_name = origin.value
      origin_id   = origin.key
    }
  }
  default_cache_behavior {
    target_origin_id = "b"
  }
}
