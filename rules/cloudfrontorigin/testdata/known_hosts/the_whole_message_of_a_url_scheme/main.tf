resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  origin {
    domain_name = "http://origin.example.com" # want `^aws_cloudfront_distribution\.cdn origin domain_name "http://origin\.example\.com" includes a URL scheme: CloudFront accepts only a DNS name here and rejects the distribution\. Remove the scheme and choose the protocol with custom_origin_config's origin_protocol_policy\.$` @ `"http://origin.example.com"`
    origin_id   = "any"
  }
}
