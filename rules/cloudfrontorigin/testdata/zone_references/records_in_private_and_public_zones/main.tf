resource "aws_route53_zone" "private" {
  name = "corp.example.com"
  vpc {
    vpc_id = "vpc-123"
  }
}
resource "aws_route53_zone" "public" {
  name = "example.com"
}
data "aws_route53_zone" "looked_up_private" {
  name         = "svc.example.com"
  private_zone = true
}
data "aws_route53_zone" "by_vpc" {
  name   = "ops.example.com"
  vpc_id = "vpc-123"
}
resource "aws_route53_record" "ops" {
  zone_id = data.aws_route53_zone.by_vpc.id
  name    = "grafana"
  type    = "A"
  records = ["10.0.0.7"]
}
resource "aws_route53_record" "internal_app" {
  zone_id = aws_route53_zone.private.zone_id
  name    = "app"
  type    = "A"
  records = ["10.0.0.5"]
}
resource "aws_route53_record" "svc" {
  zone_id = data.aws_route53_zone.looked_up_private.zone_id
  name    = "api"
  type    = "A"
  records = ["10.0.0.6"]
}
resource "aws_route53_record" "public_app" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "app"
  type    = "A"
  records = ["192.0.2.5"]
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = aws_route53_record.internal_app.fqdn # want `is the fqdn of aws_route53_record\.internal_app, a record in the private hosted zone aws_route53_zone\.private` @ "aws_route53_record.internal_app.fqdn"
    origin_id   = "private"
  }
  origin {
    domain_name = aws_route53_record.svc.name # want `a record in the private hosted zone data\.aws_route53_zone\.looked_up_private` @ "aws_route53_record.svc.name"
    origin_id   = "private-data"
  }
  origin {
    domain_name = aws_route53_record.ops.fqdn # want `a record in the private hosted zone data\.aws_route53_zone\.by_vpc` @ "aws_route53_record.ops.fqdn"
    origin_id   = "private-vpc-lookup"
  }
  origin {
    domain_name = aws_route53_record.public_app.fqdn
    origin_id   = "public"
  }
  origin {
    domain_name = aws_route53_record.internal_app.name
    origin_id   = "vpc-origin"
    vpc_origin_config {
      vpc_origin_id = "vo_1"
    }
  }
}
