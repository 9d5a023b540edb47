package cloudfrontorigin

import "testing"

// TestCallerReferences judges the origins a caller sets through a module's
// origin map.
func TestCallerReferences(t *testing.T) {
	runCases(t, []ruleCase{
		{
			name: "references a caller passes into a CloudFront module's origin map",
			files: map[string]string{
				"main.tf": `
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
      domain_name = aws_route53_zone.main.name
    }
    alb = {
      domain_name = aws_lb.internal.dns_name
    }
    public = {
      domain_name = aws_lb.public.dns_name
    }
    s3 = {
      domain_name = aws_s3_bucket.assets.bucket_regional_domain_name
    }
  }
  logging_host = aws_route53_zone.main.name
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
`,
				"modules/cloudfront/main.tf": `
variable "origin" {
  type = any
}
variable "logging_host" {
  type    = string
  default = null
}
resource "aws_cloudfront_distribution" "this" {
  enabled = true
  dynamic "origin" {
    for_each = var.origin
    content {
      domain_name = origin.value.domain_name
      origin_id   = lookup(origin.value, "origin_id", origin.key)
    }
  }
  origin {
    domain_name = var.logging_host
    origin_id   = "static"
  }
  default_cache_behavior {
    target_origin_id       = "static"
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
`,
			},
			want: []wantIssue{
				{"main.tf", `aws_route53_zone.main.name§
    }
    alb`, `module.cdn.aws_cloudfront_distribution.this origin["zone"] domain_name is the name of Route 53 zone aws_route53_zone.main`},
				{"main.tf", `aws_lb.internal.dns_name`, `module.cdn.aws_cloudfront_distribution.this origin["alb"] domain_name is the dns_name of aws_lb.internal, ` + msgInternal},
				{"main.tf", `aws_route53_zone.main.name§
}
module "gone"`, `module.cdn.aws_cloudfront_distribution.this origin domain_name is the name of Route 53 zone aws_route53_zone.main`},
			},
		},
	})
}
