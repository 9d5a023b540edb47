provider "aws" {
  region = "us-east-1"
}

variable "api_url" {
  default = "https://api.example.com/v1"
}

resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_route53_zone" "internal" {
  name = "corp.example.net"
  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}

resource "aws_route53_record" "reports" {
  zone_id = aws_route53_zone.internal.zone_id
  name    = "reports"
  type    = "A"
  records = ["10.0.1.20"]
}

resource "aws_lb" "backend" {
  name     = "backend"
  internal = true
}

resource "aws_lambda_function_url" "render" {
  function_name      = "render"
  authorization_type = "NONE"
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true

  # Fine: the bucket's regional endpoint.
  origin {
    domain_name = aws_s3_bucket.assets.bucket_regional_domain_name
    origin_id   = "assets"
  }

  # Fires: an internal load balancer is not reachable from CloudFront.
  origin {
    domain_name = aws_lb.backend.dns_name
    origin_id   = "backend"
  }

  # Fine: the same load balancer through a VPC origin.
  origin {
    domain_name = aws_lb.backend.dns_name
    origin_id   = "backend-vpc"
    vpc_origin_config {
      vpc_origin_id = "vo_0123456789abcdef"
    }
  }

  # Fires: a zone id is not a host name.
  origin {
    domain_name = aws_route53_zone.public.zone_id
    origin_id   = "zone"
  }

  # Fine: a record name under the zone.
  origin {
    domain_name = "app.${aws_route53_zone.public.name}"
    origin_id   = "app"
  }

  # Fires: a record in a private hosted zone.
  origin {
    domain_name = aws_route53_record.reports.fqdn
    origin_id   = "reports"
  }

  # Fires: a function URL has a scheme and a trailing slash.
  origin {
    domain_name = aws_lambda_function_url.render.function_url
    origin_id   = "render"
  }

  # Fine: the host part of the function URL.
  origin {
    domain_name = split("/", aws_lambda_function_url.render.function_url)[2]
    origin_id   = "render-host"
  }

  # Fires: the variable holds a URL.
  origin {
    domain_name = var.api_url
    origin_id   = "api"
  }

  # Fine: the edge module's bucket.
  origin {
    domain_name = module.edge.bucket_domain_name
    origin_id   = "edge"
  }

  default_cache_behavior {
    target_origin_id       = "assets"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }

  # Fires: no origin has the id "images".
  ordered_cache_behavior {
    path_pattern           = "/img/*"
    target_origin_id       = "images"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

# Fine: count = 0 creates nothing.
resource "aws_cloudfront_distribution" "disabled" {
  count   = 0
  enabled = true
  origin {
    domain_name = "http://disabled.example.com"
    origin_id   = "disabled"
  }
}

module "edge" {
  source      = "./modules/edge"
  origin_host = "10.20.30.40"
  origins = {
    web    = "www.example.com"
    legacy = "http://legacy.example.com"
  }
}
