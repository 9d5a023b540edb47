variable "origin_id" {
  type = string
}
resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "a.example.com"
    origin_id   = var.origin_id
  }
  default_cache_behavior {
    target_origin_id = "a"
  }
}
