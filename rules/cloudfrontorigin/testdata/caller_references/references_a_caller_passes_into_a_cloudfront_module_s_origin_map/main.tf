resource "aws_route53_zone" "main" {
  name = "example.com"
}
resource "aws_lb" "internal" {
  internal = true
}
resource "aws_lb" "public" {}
resource "aws_s3_bucket" "assets" {
  bucket = "assets"
}
module "cdn" {
  source = "./modules/cloudfront"
  origin = {
    zone = {
      domain_name = aws_route53_zone.main.name # want `module\.cdn\.aws_cloudfront_distribution\.this origin\["zone"\] domain_name is the name of Route 53 zone aws_route53_zone\.main` @ "aws_route53_zone.main.name"
    }
    alb = {
      domain_name = aws_lb.internal.dns_name # want `module\.cdn\.aws_cloudfront_distribution\.this origin\["alb"\] domain_name is the dns_name of aws_lb\.internal, an internal load balancer \(internal = true\)` @ "aws_lb.internal.dns_name"
    }
    public = {
      domain_name = aws_lb.public.dns_name
    }
    s3 = {
      domain_name = aws_s3_bucket.assets.bucket_regional_domain_name
    }
    scheme = {
      domain_name = "https://static.example.com" # want `module\.cdn\.aws_cloudfront_distribution\.this origin\["scheme"\] domain_name "https://static\.example\.com" includes a URL scheme` @ `"https://static.example.com"`
    }
  }
  logging_host = aws_route53_zone.main.name # want `module\.cdn\.aws_cloudfront_distribution\.this origin domain_name is the name of Route 53 zone aws_route53_zone\.main` @ "aws_route53_zone.main.name"
}
module "gone" {
  source = "./modules/cloudfront"
  count  = 0
  origin = {
    zone = {
      domain_name = aws_route53_zone.main.name
    }
  }
}
