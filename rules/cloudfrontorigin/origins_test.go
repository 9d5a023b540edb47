package cloudfrontorigin

import "testing"

// TestKnownHosts judges origins whose domain_name is known: literals,
// variables, dynamic elements, JSON and override files.
func TestKnownHosts(t *testing.T) {
	runCases(t, []ruleCase{
		{
			name: "literal hosts, valid and not",
			files: map[string]string{"main.tf": distributionWith("cdn", `
  origin {
    domain_name = "https://api.example.com"
    origin_id   = "scheme"
  }
  origin {
    domain_name = "api.example.com/v1"
    origin_id   = "path"
  }
  origin {
    domain_name = "api.example.com:8443"
    origin_id   = "port"
  }
  origin {
    domain_name = "203.0.113.10"
    origin_id   = "ip"
  }
  origin {
    domain_name = ""
    origin_id   = "empty"
  }
  origin {
    domain_name = "ip-10-0-0-12.ec2.internal"
    origin_id   = "internal"
  }
  origin {
    domain_name = "printer.local"
    origin_id   = "local"
  }
  origin {
    domain_name = "webserver"
    origin_id   = "single"
  }
  origin {
    domain_name = "api.example.com"
    origin_id   = "ok"
  }
  origin {
    domain_name = "my-bucket.s3.eu-west-1.amazonaws.com"
    origin_id   = "s3"
  }
  origin {
    domain_name = "my-bucket.s3-website-eu-west-1.amazonaws.com"
    origin_id   = "website"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }`)},
			want: []wantIssue{
				{"main.tf", `"https://api.example.com"`, `aws_cloudfront_distribution.cdn origin domain_name "https://api.example.com" ` + msgScheme},
				{"main.tf", `"api.example.com/v1"`, msgPath},
				{"main.tf", `"api.example.com:8443"`, msgPort},
				{"main.tf", `"203.0.113.10"`, msgIP},
				{"main.tf", `""`, msgEmpty},
				{"main.tf", `"ip-10-0-0-12.ec2.internal"`, "ends in .internal, " + msgReserved},
				{"main.tf", `"printer.local"`, "ends in .local, " + msgReserved},
				{"main.tf", `"webserver"`, msgSingle},
			},
		},
		{
			name: "variables, locals and functions",
			files: map[string]string{"main.tf": `
variable "api_url" {
  default = "https://api.example.com/"
}
variable "domain" {
  default = "corp.local"
}
variable "from_tfvars" {
  type = string
}
locals {
  app_host = "app.${var.domain}"
}
` + distributionWith("cdn", `
  origin {
    domain_name = var.api_url
    origin_id   = "url"
  }
  origin {
    domain_name = local.app_host
    origin_id   = "app"
  }
  origin {
    domain_name = replace(var.api_url, "/^https://([^/]+)/.*$/", "$1")
    origin_id   = "stripped"
  }
  origin {
    domain_name = var.from_tfvars
    origin_id   = "unknown"
  }
  origin {
    domain_name = "api.${var.from_tfvars}"
    origin_id   = "partly-unknown"
  }`)},
			want: []wantIssue{
				{"main.tf", `var.api_url§
`, msgScheme},
				{"main.tf", `local.app_host`, `"app.corp.local" ends in .local`},
			},
		},
		{
			name: "a VPC origin reaches private names and addresses but not URLs",
			files: map[string]string{"main.tf": distributionWith("cdn", `
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
    domain_name = "https://internal-alb.example.com"
    origin_id   = "url"
    vpc_origin_config {
      vpc_origin_id = "vo_123"
    }
  }`)},
			want: []wantIssue{
				{"main.tf", `"https://internal-alb.example.com"`, msgScheme},
			},
		},
		{
			name: "dynamic origins judged element by element",
			files: map[string]string{"main.tf": `
locals {
  origins = {
    web = { host = "www.example.com" }
    api = { host = "http://api.example.com" }
    lan = { host = "nas.home.arpa", vpc = true }
  }
}
variable "unknown_origins" {
  type = map(string)
}
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  dynamic "origin" {
    for_each = local.origins
    content {
      domain_name = origin.value.host
      origin_id   = origin.key
      dynamic "vpc_origin_config" {
        for_each = lookup(origin.value, "vpc", false) ? [1] : []
        content {
          vpc_origin_id = "vo_1"
        }
      }
    }
  }
  dynamic "origin" {
    for_each = var.unknown_origins
    iterator = o
    content {
      domain_name = o.value
      origin_id   = o.key
    }
  }
  dynamic "origin" {
    for_each = []
    content {
      domain_name = "http://never.example.com"
      origin_id   = "never"
    }
  }
  default_cache_behavior {
    target_origin_id       = "web"
    viewer_protocol_policy = "allow-all"
  }
}
`},
			want: []wantIssue{
				{"main.tf", `origin.value.host`, `aws_cloudfront_distribution.cdn origin["api"] domain_name "http://api.example.com" ` + msgScheme},
			},
		},
		{
			name: "count = 0, for_each and provider aliases",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "use1"
  region = "us-east-1"
}
resource "aws_cloudfront_distribution" "off" {
  count = 0
  origin {
    domain_name = "http://off.example.com"
    origin_id   = "off"
  }
}
resource "aws_cloudfront_distribution" "each" {
  for_each = toset(["a.example.com", "b.example.com"])
  origin {
    domain_name = each.value
    origin_id   = "each"
  }
}
resource "aws_cloudfront_distribution" "aliased" {
  provider = aws.use1
  region   = "us-east-1"
  origin {
    domain_name = "localhost"
    origin_id   = "aliased"
  }
}
`},
			want: []wantIssue{
				{"main.tf", `"localhost"`, `aws_cloudfront_distribution.aliased origin domain_name "localhost" ends in .localhost`},
			},
		},
		{
			name: "JSON configuration",
			files: map[string]string{
				"main.tf.json": `{
  "resource": {
    "aws_route53_zone": {
      "main": { "name": "example.com" }
    },
    "aws_cloudfront_distribution": {
      "cdn": {
        "enabled": true,
        "origin": [
          { "domain_name": "https://origin.example.com", "origin_id": "url" },
          { "domain_name": "${aws_route53_zone.main.zone_id}", "origin_id": "zone" },
          { "domain_name": "app.${aws_route53_zone.main.name}", "origin_id": "record" }
        ],
        "default_cache_behavior": { "target_origin_id": "missing", "viewer_protocol_policy": "allow-all" }
      }
    }
  }
}`,
			},
			want: []wantIssue{
				{"main.tf.json", `"https://origin.example.com"`, msgScheme},
				{"main.tf.json", `"${aws_route53_zone.main.zone_id}"`, msgZoneID},
				{"main.tf.json", `"missing"`, `default_cache_behavior target_origin_id "missing" ` + msgTarget + ` (its ids are "record", "url", "zone")`},
			},
		},
		{
			name: "an override file replaces the origins",
			files: map[string]string{
				"main.tf": distributionWith("cdn", `
  origin {
    domain_name = "http://old.example.com"
    origin_id   = "any"
  }`),
				"override.tf": `
resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "new.example.com"
    origin_id   = "any"
  }
}
`,
			},
		},
	})
}

// TestResourceReferences judges origins whose domain_name is a resource
// attribute that is not known before apply.
func TestResourceReferences(t *testing.T) {
	runCases(t, []ruleCase{
		{
			name: "URL attributes, bare and stripped",
			files: map[string]string{"main.tf": `
resource "aws_lambda_function_url" "fn" {
  function_name      = "fn"
  authorization_type = "NONE"
}
resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}
resource "aws_api_gateway_stage" "prod" {
  stage_name = "prod"
}
locals {
  fn_url = aws_lambda_function_url.fn.function_url
}
` + distributionWith("cdn", `
  origin {
    domain_name = local.fn_url
    origin_id   = "fn"
  }
  origin {
    domain_name = "${aws_apigatewayv2_api.http.api_endpoint}"
    origin_id   = "http"
  }
  origin {
    domain_name = "${aws_api_gateway_stage.prod.invoke_url}/"
    origin_id   = "rest"
  }
  origin {
    domain_name = split("/", aws_lambda_function_url.fn.function_url)[2]
    origin_id   = "fn-host"
  }
  origin {
    domain_name = replace(aws_apigatewayv2_api.http.api_endpoint, "https://", "")
    origin_id   = "http-host"
  }
  origin {
    domain_name = trimprefix(aws_api_gateway_stage.prod.invoke_url, "https://")
    origin_id   = "rest-host"
  }
  origin {
    domain_name = regex("https://([^/]+)", aws_api_gateway_stage.prod.invoke_url)[0]
    origin_id   = "rest-regex"
  }`)},
			want: []wantIssue{
				{"main.tf", `local.fn_url`, `is aws_lambda_function_url.fn.function_url, ` + msgURL},
				{"main.tf", `"${aws_apigatewayv2_api.http.api_endpoint}"`, `is aws_apigatewayv2_api.http.api_endpoint`},
				{"main.tf", `"${aws_api_gateway_stage.prod.invoke_url}/"`, `is aws_api_gateway_stage.prod.invoke_url`},
			},
		},
		{
			name: "instances and load balancers",
			files: map[string]string{"main.tf": `
variable "internal" {
  type = bool
}
resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
}
resource "aws_lb" "internal" {
  count    = 1
  internal = true
}
resource "aws_alb" "public" {
  internal = false
}
resource "aws_lb" "default" {
}
resource "aws_lb" "unknown" {
  internal = var.internal
}
resource "aws_elb" "classic" {
  internal = true
}
` + distributionWith("cdn", `
  origin {
    domain_name = aws_instance.web.private_dns
    origin_id   = "private-dns"
  }
  origin {
    domain_name = aws_instance.web.public_ip
    origin_id   = "public-ip"
  }
  origin {
    domain_name = aws_instance.web.public_dns
    origin_id   = "public-dns"
  }
  origin {
    domain_name = aws_lb.internal[0].dns_name
    origin_id   = "internal"
  }
  origin {
    domain_name = aws_elb.classic.dns_name
    origin_id   = "classic"
  }
  origin {
    domain_name = aws_alb.public.dns_name
    origin_id   = "public"
  }
  origin {
    domain_name = aws_lb.default.dns_name
    origin_id   = "default"
  }
  origin {
    domain_name = aws_lb.unknown.dns_name
    origin_id   = "unknown"
  }
  origin {
    domain_name = aws_instance.web.private_ip
    origin_id   = "vpc-ec2"
    vpc_origin_config {
      vpc_origin_id = "vo_1"
    }
  }
  origin {
    domain_name = aws_lb.internal[0].dns_name
    origin_id   = "vpc-alb"
    vpc_origin_config {
      vpc_origin_id = "vo_2"
    }
  }`)},
			want: []wantIssue{
				{"main.tf", `aws_instance.web.private_dns`, `is the private_dns of aws_instance.web, ` + msgPrivDNS},
				{"main.tf", `aws_instance.web.public_ip`, `is the public_ip of aws_instance.web, an IP address`},
				{"main.tf", `aws_lb.internal[0].dns_name§
    origin_id   = "internal"`, `is the dns_name of aws_lb.internal, ` + msgInternal},
				{"main.tf", `aws_elb.classic.dns_name`, msgInternal},
			},
		},
		{
			name: "valid origins",
			files: map[string]string{"main.tf": `
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
` + distributionWith("cdn", `
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
  }`)},
		},
	})
}
