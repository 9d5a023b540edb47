resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = "http://old.example.com"
    origin_id   = "any"
  }
}
