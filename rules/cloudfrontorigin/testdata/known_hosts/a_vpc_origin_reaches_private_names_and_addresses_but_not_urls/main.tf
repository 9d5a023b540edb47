resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = "ip-10-0-0-12.ec2.internal"
    origin_id   = "ec2"
    vpc_origin_config {
      vpc_origin_id = "vo_123"
    }
  }
  origin {
    domain_name = "10.0.0.12"
    origin_id   = "ip"
    vpc_origin_config {
      vpc_origin_id = "vo_123"
    }
  }
  origin {
    domain_name = "https://internal-alb.example.com" # want "includes a URL scheme: CloudFront accepts only a DNS name here" @ `"https://internal-alb.example.com"`
    origin_id   = "url"
    vpc_origin_config {
      vpc_origin_id = "vo_123"
    }
  }
}
