locals {
  a = local.b
  b = local.a
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = local.a
    origin_id   = "loop"
  }
}
