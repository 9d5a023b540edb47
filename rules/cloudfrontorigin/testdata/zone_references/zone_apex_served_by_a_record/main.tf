resource "aws_route53_zone" "main" {
  name = "example.com"
}
resource "aws_lb" "web" {
  name = "web"
}
resource "aws_route53_record" "apex" {
  zone_id = aws_route53_zone.main.zone_id
  name    = aws_route53_zone.main.name
  type    = "A"
  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }
}
