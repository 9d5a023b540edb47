data "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = data.aws_route53_zone.main.name
    origin_id   = "apex"
  }
  origin {
    domain_name = data.aws_route53_zone.main.id # want `is the id of Route 53 zone data\.aws_route53_zone\.main` @ "data.aws_route53_zone.main.id"
    origin_id   = "id"
  }
}
