module "dns" {
  source = "./modules/dns"
  vpc_id = "vpc-123"
}
module "app" {
  source   = "./modules/app"
  zone_ref = aws_route53_zone.root.arn
}
resource "aws_route53_zone" "root" {
  name = "example.org"
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = module.app.fn_url # want `is module\.app\.aws_lambda_function_url\.this\.function_url, a URL of the form "https://<url-id>\.lambda-url\.<region>\.on\.aws/", not a host name: CloudFront accepts only a DNS name here and rejects a scheme or path\. Strip them, e\.g\. with split\("/", <url>\)\[2\]` @ "module.app.fn_url"
    origin_id   = "fn"
  }
  origin {
    domain_name = module.app.passthrough # want `is the arn of Route 53 zone aws_route53_zone\.root` @ "module.app.passthrough"
    origin_id   = "passthrough"
  }
  origin {
    domain_name = module.dns.zone_id # want `is the zone_id of Route 53 zone module\.dns\.aws_route53_zone\.this` @ "module.dns.zone_id"
    origin_id   = "zone"
  }
  origin {
    domain_name = module.dns.app_fqdn # want `is the fqdn of module\.dns\.aws_route53_record\.app, a record in the private hosted zone module\.dns\.aws_route53_zone\.this` @ "module.dns.app_fqdn"
    origin_id   = "private-record"
  }
  origin {
    domain_name = module.app.alb_dns_name # want `is the dns_name of module\.app\.aws_lb\.this, an internal load balancer \(internal = true\)` @ "module.app.alb_dns_name"
    origin_id   = "alb"
  }
  origin {
    domain_name = module.app.bucket_domain
    origin_id   = "bucket"
  }
}
