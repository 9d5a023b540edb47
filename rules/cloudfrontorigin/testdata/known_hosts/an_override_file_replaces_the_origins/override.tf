resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "new.example.com"
    origin_id   = "any"
  }
}
