# The root's check reports what a called module holds, at the caller: TFLint's
# module-call checks show nothing, so each finding appears once.
resource "aws_cloudfront_distribution" "this" {
  enabled = true
  origin {
    domain_name = "https://app.example.com"
    origin_id   = "app"
  }
  default_cache_behavior {
    target_origin_id       = "nowhere"
    viewer_protocol_policy = "redirect-to-https"
  }
}
