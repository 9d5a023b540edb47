package cloudfrontorigin

import "testing"

// TestZoneReferences judges origins that are Route 53 zones or records.
func TestZoneReferences(t *testing.T) {
	runCases(t, []ruleCase{
		{
			name: "Route 53 zone attributes",
			files: map[string]string{"main.tf": `
resource "aws_route53_zone" "main" {
  name = "example.com"
}
locals {
  zone_name = aws_route53_zone.main.name
}
` + distributionWith("cdn", `
  origin {
    domain_name = aws_route53_zone.main.zone_id
    origin_id   = "zone_id"
  }
  origin {
    domain_name = aws_route53_zone.main.name_servers[0]
    origin_id   = "ns"
  }
  origin {
    domain_name = local.zone_name
    origin_id   = "apex"
  }
  origin {
    domain_name = "app.${aws_route53_zone.main.name}"
    origin_id   = "record-name"
  }
  origin {
    domain_name = trimsuffix(aws_route53_zone.main.name, ".")
    origin_id   = "wrapped"
  }
  origin {
    domain_name = element(aws_route53_zone.main.name_servers, 1)
    origin_id   = "ns-element"
  }
  origin {
    domain_name = tolist(aws_route53_zone.main.name_servers)[2]
    origin_id   = "ns-list"
  }`)},
			want: []wantIssue{
				{"main.tf", `aws_route53_zone.main.zone_id`, `origin domain_name is the zone_id of Route 53 zone aws_route53_zone.main, ` + msgZoneID},
				{"main.tf", `aws_route53_zone.main.name_servers[0]`, msgNS},
				{"main.tf", `element(aws_route53_zone.main.name_servers, 1)`, msgNS},
				{"main.tf", `tolist(aws_route53_zone.main.name_servers)[2]`, msgNS},
				{"main.tf", `local.zone_name§
`, `is the name of Route 53 zone aws_route53_zone.main, ` + msgZoneName},
			},
		},
		{
			name: "zone apex served by a record",
			files: map[string]string{"main.tf": `
resource "aws_route53_zone" "main" {
  name = "example.com"
}
resource "aws_lb" "web" {
  name = "web"
}
resource "aws_route53_record" "apex" {
  zone_id = aws_route53_zone.main.zone_id
  name    = aws_route53_zone.main.name
  type    = "A"
  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
}
` + distributionWith("cdn", `
  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }`)},
		},
		{
			name: "zone apex that only aliases the distribution itself",
			files: map[string]string{"main.tf": `
resource "aws_route53_zone" "main" {
  name = "example.com"
}
resource "aws_route53_record" "apex" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "A"
  alias {
    name                   = aws_cloudfront_distribution.cdn.domain_name
    zone_id                = aws_cloudfront_distribution.cdn.hosted_zone_id
    evaluate_target_health = false
  }
}
resource "aws_route53_record" "mx" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "MX"
  records = ["10 mail.example.com"]
}
resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "www"
  type    = "CNAME"
  records = ["example.com"]
}
` + distributionWith("cdn", `
  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }`)},
			want: []wantIssue{
				{"main.tf", `aws_route53_zone.main.name§
    origin_id`, msgZoneName},
			},
		},
		{
			name: "zone apex record with an unknown name",
			files: map[string]string{"main.tf": `
variable "record_name" {
  type = string
}
resource "aws_route53_zone" "main" {
  name = "example.com"
}
resource "aws_route53_record" "maybe_apex" {
  zone_id = aws_route53_zone.main.zone_id
  name    = var.record_name
  type    = "A"
  records = ["192.0.2.1"]
}
` + distributionWith("cdn", `
  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }`)},
		},
		{
			name: "looked-up zone: its records are elsewhere, but ids are still not hosts",
			files: map[string]string{"main.tf": `
data "aws_route53_zone" "main" {
  name = "example.com"
}
` + distributionWith("cdn", `
  origin {
    domain_name = data.aws_route53_zone.main.name
    origin_id   = "apex"
  }
  origin {
    domain_name = data.aws_route53_zone.main.id
    origin_id   = "id"
  }`)},
			want: []wantIssue{
				{"main.tf", `data.aws_route53_zone.main.id`, `is the id of Route 53 zone data.aws_route53_zone.main`},
			},
		},
		{
			name: "records in private and public zones",
			files: map[string]string{"main.tf": `
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
` + distributionWith("cdn", `
  origin {
    domain_name = aws_route53_record.internal_app.fqdn
    origin_id   = "private"
  }
  origin {
    domain_name = aws_route53_record.svc.name
    origin_id   = "private-data"
  }
  origin {
    domain_name = aws_route53_record.ops.fqdn
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
  }`)},
			want: []wantIssue{
				{"main.tf", `aws_route53_record.internal_app.fqdn`, `is the fqdn of aws_route53_record.internal_app, ` + msgPrivate + ` aws_route53_zone.private`},
				{"main.tf", `aws_route53_record.svc.name`, msgPrivate + ` data.aws_route53_zone.looked_up_private`},
				{"main.tf", `aws_route53_record.ops.fqdn`, msgPrivate + ` data.aws_route53_zone.by_vpc`},
			},
		},
		{
			name: "split-horizon: a public zone of the same name may answer",
			files: map[string]string{"main.tf": `
resource "aws_route53_zone" "private" {
  name = "example.com"
  vpc {
    vpc_id = "vpc-123"
  }
}
resource "aws_route53_zone" "public" {
  name = "example.com"
}
resource "aws_route53_record" "app" {
  zone_id = aws_route53_zone.private.zone_id
  name    = "app"
  type    = "A"
  records = ["10.0.0.5"]
}
` + distributionWith("cdn", `
  origin {
    domain_name = aws_route53_record.app.fqdn
    origin_id   = "app"
  }`)},
		},
		{
			name: "an unreadable module may hold the zone apex record",
			files: map[string]string{
				"main.tf": `
module "records" {
  source = "terraform-aws-modules/route53/aws//modules/records"
}
resource "aws_route53_zone" "main" {
  name = "example.com"
}
` + distributionWith("cdn", `
  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }`),
				"modules/.keep": "",
			},
		},
	})
}
