variable "record_name" {
  type = string
}
resource "aws_route53_zone" "main" {
  name = "example.com"
}
resource "aws_route53_record" "maybe_apex" {
  zone_id = aws_route53_zone.main.zone_id
  name    = var.record_name
  type    = "A"
  records = ["192.0.2.1"]
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }
}
