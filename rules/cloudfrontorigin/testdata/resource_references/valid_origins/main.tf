variable "origin_host" {
  default = "origin.example.com"
}
resource "aws_s3_bucket" "site" {
  bucket = "site"
}
resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
}
resource "aws_lb" "web" {
  internal = false
}
resource "aws_route53_zone" "main" {
  name = "example.com"
}
resource "aws_route53_record" "origin" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "origin"
  type    = "CNAME"
  records = [aws_lb.web.dns_name]
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id   = "s3"
  }
  origin {
    domain_name = aws_s3_bucket_website_configuration.site.website_endpoint
    origin_id   = "website"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin {
    domain_name = aws_lb.web.dns_name
    origin_id   = "alb"
  }
  origin {
    domain_name = aws_route53_record.origin.fqdn
    origin_id   = "record"
  }
  origin {
    domain_name = var.origin_host
    origin_id   = "var"
  }
}
