package cloudfrontorigin

import "testing"

// TestReferencesFollowed follows values through module outputs and locals.
func TestReferencesFollowed(t *testing.T) {
	runCases(t, []ruleCase{
		{
			name: "references through a local module",
			files: map[string]string{
				"main.tf": `
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
` + distributionWith("cdn", `
  origin {
    domain_name = module.app.fn_url
    origin_id   = "fn"
  }
  origin {
    domain_name = module.app.passthrough
    origin_id   = "passthrough"
  }
  origin {
    domain_name = module.dns.zone_id
    origin_id   = "zone"
  }
  origin {
    domain_name = module.dns.app_fqdn
    origin_id   = "private-record"
  }
  origin {
    domain_name = module.app.alb_dns_name
    origin_id   = "alb"
  }
  origin {
    domain_name = module.app.bucket_domain
    origin_id   = "bucket"
  }`),
				"modules/dns/main.tf": `
variable "vpc_id" {}
resource "aws_route53_zone" "this" {
  name = "corp.internal.example.com"
  vpc {
    vpc_id = var.vpc_id
  }
}
resource "aws_route53_record" "app" {
  zone_id = aws_route53_zone.this.zone_id
  name    = "app"
  type    = "A"
  records = ["10.0.0.5"]
}
output "zone_id" {
  value = aws_route53_zone.this.zone_id
}
output "app_fqdn" {
  value = aws_route53_record.app.fqdn
}
`,
				"modules/app/main.tf": `
variable "zone_ref" {}
resource "aws_lambda_function_url" "this" {
  function_name      = "fn"
  authorization_type = "NONE"
}
output "fn_url" {
  value = aws_lambda_function_url.this.function_url
}
output "passthrough" {
  value = var.zone_ref
}
resource "aws_lb" "this" {
  internal = true
}
resource "aws_s3_bucket" "this" {
  bucket = "assets"
}
output "alb_dns_name" {
  value = aws_lb.this.dns_name
}
output "bucket_domain" {
  value = aws_s3_bucket.this.bucket_regional_domain_name
}
`,
			},
			want: []wantIssue{
				{"main.tf", `module.dns.zone_id`, `is the zone_id of Route 53 zone module.dns.aws_route53_zone.this`},
				{"main.tf", `module.dns.app_fqdn`, `is the fqdn of module.dns.aws_route53_record.app, ` + msgPrivate + ` module.dns.aws_route53_zone.this`},
				{"main.tf", `module.app.alb_dns_name`, `is the dns_name of module.app.aws_lb.this, ` + msgInternal},
				{"main.tf", `module.app.fn_url`, `is module.app.aws_lambda_function_url.this.function_url, ` + msgURL + `: CloudFront accepts only a DNS name here and rejects a scheme or path. Strip them, e.g. with split("/", <url>)[2]`},
				{"main.tf", `module.app.passthrough`, `is the arn of Route 53 zone aws_route53_zone.root`},
			},
		},
		{
			name: "locals that refer to each other",
			files: map[string]string{"main.tf": `
locals {
  a = local.b
  b = local.a
}
` + distributionWith("cdn", `
  origin {
    domain_name = local.a
    origin_id   = "loop"
  }`)},
		},
	})
}
