resource "aws_route53_zone" "private" {
  name = "example.com"
  vpc {
    vpc_id = "vpc-123"
  }
}
resource "aws_route53_zone" "public" {
  name = "example.com"
}
resource "aws_route53_record" "app" {
  zone_id = aws_route53_zone.private.zone_id
  name    = "app"
  type    = "A"
  records = ["10.0.0.5"]
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = aws_route53_record.app.fqdn
    origin_id   = "app"
  }
}
