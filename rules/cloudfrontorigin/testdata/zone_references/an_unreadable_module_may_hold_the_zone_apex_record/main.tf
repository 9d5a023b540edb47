module "records" {
  source = "terraform-aws-modules/route53/aws//modules/records"
}
resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }
}
