package rules

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// cfOriginWant is an expected issue: at the only occurrence of needle in
// file, with a message containing msg. Text after a "§" in needle is context
// that makes the occurrence unique, outside the range.
type cfOriginWant struct {
	file, needle, msg string
}

// cfOriginRangeOf is the range of the only occurrence of needle in src.
func cfOriginRangeOf(t *testing.T, filename, src, needle string) hcl.Range {
	t.Helper()
	match, context, _ := strings.Cut(needle, "§")
	i := strings.Index(src, match+context)
	if i < 0 || strings.Count(src, match+context) != 1 {
		t.Fatalf("%q must occur exactly once in %s", match+context, filename)
	}
	needle = match
	pos := func(offset int) hcl.Pos {
		line := strings.Count(src[:offset], "\n") + 1
		col := offset - strings.LastIndex(src[:offset], "\n")
		return hcl.Pos{Line: line, Column: col, Byte: offset}
	}
	return hcl.Range{Filename: filename, Start: pos(i), End: pos(i + len(needle))}
}

func cfOriginRun(t *testing.T, files map[string]string) (helper.Issues, string) {
	t.Helper()
	onDisk := false
	for name := range files {
		if strings.Contains(name, "/") {
			onDisk = true
		}
	}
	var runner *helper.Runner
	dir := ""
	if onDisk {
		runner, dir = ruletest.ModuleRunner(t, files)
	} else {
		runner = helper.TestRunner(t, files)
	}
	if err := NewAwsCloudFrontOriginInvalidRule().Check(runner); err != nil {
		t.Fatalf("Check: %s", err)
	}
	return runner.Issues, dir
}

func cfOriginAssert(t *testing.T, files map[string]string, want []cfOriginWant) {
	t.Helper()
	got, dir := cfOriginRun(t, files)
	var wantRanges []hcl.Range
	for _, w := range want {
		name := w.file
		if dir != "" {
			name = filepath.Join(dir, w.file)
		}
		wantRanges = append(wantRanges, cfOriginRangeOf(t, name, files[w.file], w.needle))
	}
	if len(got) != len(want) {
		var msgs []string
		for _, i := range got {
			msgs = append(msgs, i.Range.String()+": "+i.Message)
		}
		t.Fatalf("got %d issues, want %d:\n%s", len(got), len(want), strings.Join(msgs, "\n"))
	}
	sort.Slice(got, func(i, j int) bool {
		a, b := got[i].Range, got[j].Range
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Start.Byte < b.Start.Byte
	})
	order := make([]int, len(want))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := wantRanges[order[i]], wantRanges[order[j]]
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Start.Byte < b.Start.Byte
	})
	for i, issue := range got {
		w, r := want[order[i]], wantRanges[order[i]]
		if issue.Range != r {
			t.Errorf("issue %d at %s, want %s (%q)", i, issue.Range, r, w.needle)
		}
		if !strings.Contains(issue.Message, w.msg) {
			t.Errorf("issue at %s:\n  message %q\n  want it to contain %q", issue.Range, issue.Message, w.msg)
		}
		if issue.Rule.Name() != "aws_cloudfront_origin_invalid" {
			t.Errorf("issue from rule %s", issue.Rule.Name())
		}
	}
}

// cfOriginDist wraps origin blocks in a distribution without cache
// behaviors, so that only the origins are judged.
func cfOriginDist(name, body string) string {
	return `
resource "aws_cloudfront_distribution" "` + name + `" {
  enabled = true
` + body + `
}
`
}

const (
	cfOriginMsgScheme   = `includes a URL scheme: CloudFront accepts only a DNS name here`
	cfOriginMsgPath     = `includes a path:`
	cfOriginMsgPort     = `includes a port:`
	cfOriginMsgIP       = `is an IP address: CloudFront needs a DNS name`
	cfOriginMsgEmpty    = `is empty:`
	cfOriginMsgReserved = `a name reserved for private or special use that public DNS never resolves`
	cfOriginMsgSingle   = `is a single label`
	cfOriginMsgZoneID   = `an identifier, not a host name`
	cfOriginMsgZoneName = `and no record here gives the zone apex an address other than this distribution's`
	cfOriginMsgNS       = `is a name server of Route 53 zone`
	cfOriginMsgPrivate  = `a record in the private hosted zone`
	cfOriginMsgURL      = `a URL of the form "https://<url-id>.lambda-url.<region>.on.aws/", not a host name`
	cfOriginMsgPrivDNS  = `a private DNS name that resolves only inside its VPC`
	cfOriginMsgInternal = `an internal load balancer (internal = true)`
	cfOriginMsgTarget   = `names no origin or origin group of the distribution`
)

func TestAwsCloudFrontOriginInvalidRuleKnownHosts(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []cfOriginWant
	}{
		{
			name: "literal hosts, valid and not",
			files: map[string]string{"main.tf": cfOriginDist("cdn", `
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
			want: []cfOriginWant{
				{"main.tf", `"https://api.example.com"`, `aws_cloudfront_distribution.cdn origin domain_name "https://api.example.com" ` + cfOriginMsgScheme},
				{"main.tf", `"api.example.com/v1"`, cfOriginMsgPath},
				{"main.tf", `"api.example.com:8443"`, cfOriginMsgPort},
				{"main.tf", `"203.0.113.10"`, cfOriginMsgIP},
				{"main.tf", `""`, cfOriginMsgEmpty},
				{"main.tf", `"ip-10-0-0-12.ec2.internal"`, "ends in .internal, " + cfOriginMsgReserved},
				{"main.tf", `"printer.local"`, "ends in .local, " + cfOriginMsgReserved},
				{"main.tf", `"webserver"`, cfOriginMsgSingle},
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
` + cfOriginDist("cdn", `
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
			want: []cfOriginWant{
				{"main.tf", `var.api_url§
`, cfOriginMsgScheme},
				{"main.tf", `local.app_host`, `"app.corp.local" ends in .local`},
			},
		},
		{
			name: "a VPC origin reaches private names and addresses but not URLs",
			files: map[string]string{"main.tf": cfOriginDist("cdn", `
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
			want: []cfOriginWant{
				{"main.tf", `"https://internal-alb.example.com"`, cfOriginMsgScheme},
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
			want: []cfOriginWant{
				{"main.tf", `origin.value.host`, `aws_cloudfront_distribution.cdn origin["api"] domain_name "http://api.example.com" ` + cfOriginMsgScheme},
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
			want: []cfOriginWant{
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
			want: []cfOriginWant{
				{"main.tf.json", `"https://origin.example.com"`, cfOriginMsgScheme},
				{"main.tf.json", `"${aws_route53_zone.main.zone_id}"`, cfOriginMsgZoneID},
				{"main.tf.json", `"missing"`, `default_cache_behavior target_origin_id "missing" ` + cfOriginMsgTarget + ` (its ids are "record", "url", "zone")`},
			},
		},
		{
			name: "an override file replaces the origins",
			files: map[string]string{
				"main.tf": cfOriginDist("cdn", `
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
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { cfOriginAssert(t, tc.files, tc.want) })
	}
}

func TestAwsCloudFrontOriginInvalidRuleReferences(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []cfOriginWant
	}{
		{
			name: "Route 53 zone attributes",
			files: map[string]string{"main.tf": `
resource "aws_route53_zone" "main" {
  name = "example.com"
}
locals {
  zone_name = aws_route53_zone.main.name
}
` + cfOriginDist("cdn", `
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
			want: []cfOriginWant{
				{"main.tf", `aws_route53_zone.main.zone_id`, `origin domain_name is the zone_id of Route 53 zone aws_route53_zone.main, ` + cfOriginMsgZoneID},
				{"main.tf", `aws_route53_zone.main.name_servers[0]`, cfOriginMsgNS},
				{"main.tf", `element(aws_route53_zone.main.name_servers, 1)`, cfOriginMsgNS},
				{"main.tf", `tolist(aws_route53_zone.main.name_servers)[2]`, cfOriginMsgNS},
				{"main.tf", `local.zone_name§
`, `is the name of Route 53 zone aws_route53_zone.main, ` + cfOriginMsgZoneName},
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
` + cfOriginDist("cdn", `
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
` + cfOriginDist("cdn", `
  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }`)},
			want: []cfOriginWant{
				{"main.tf", `aws_route53_zone.main.name§
    origin_id`, cfOriginMsgZoneName},
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
` + cfOriginDist("cdn", `
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
` + cfOriginDist("cdn", `
  origin {
    domain_name = data.aws_route53_zone.main.name
    origin_id   = "apex"
  }
  origin {
    domain_name = data.aws_route53_zone.main.id
    origin_id   = "id"
  }`)},
			want: []cfOriginWant{
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
` + cfOriginDist("cdn", `
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
			want: []cfOriginWant{
				{"main.tf", `aws_route53_record.internal_app.fqdn`, `is the fqdn of aws_route53_record.internal_app, ` + cfOriginMsgPrivate + ` aws_route53_zone.private`},
				{"main.tf", `aws_route53_record.svc.name`, cfOriginMsgPrivate + ` data.aws_route53_zone.looked_up_private`},
				{"main.tf", `aws_route53_record.ops.fqdn`, cfOriginMsgPrivate + ` data.aws_route53_zone.by_vpc`},
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
` + cfOriginDist("cdn", `
  origin {
    domain_name = aws_route53_record.app.fqdn
    origin_id   = "app"
  }`)},
		},
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
` + cfOriginDist("cdn", `
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
			want: []cfOriginWant{
				{"main.tf", `local.fn_url`, `is aws_lambda_function_url.fn.function_url, ` + cfOriginMsgURL},
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
` + cfOriginDist("cdn", `
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
			want: []cfOriginWant{
				{"main.tf", `aws_instance.web.private_dns`, `is the private_dns of aws_instance.web, ` + cfOriginMsgPrivDNS},
				{"main.tf", `aws_instance.web.public_ip`, `is the public_ip of aws_instance.web, an IP address`},
				{"main.tf", `aws_lb.internal[0].dns_name§
    origin_id   = "internal"`, `is the dns_name of aws_lb.internal, ` + cfOriginMsgInternal},
				{"main.tf", `aws_elb.classic.dns_name`, cfOriginMsgInternal},
			},
		},
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
			want: []cfOriginWant{
				{"main.tf", `aws_route53_zone.main.name§
    }
    alb`, `module.cdn.aws_cloudfront_distribution.this origin["zone"] domain_name is the name of Route 53 zone aws_route53_zone.main`},
				{"main.tf", `aws_lb.internal.dns_name`, `module.cdn.aws_cloudfront_distribution.this origin["alb"] domain_name is the dns_name of aws_lb.internal, ` + cfOriginMsgInternal},
				{"main.tf", `aws_route53_zone.main.name§
}
module "gone"`, `module.cdn.aws_cloudfront_distribution.this origin domain_name is the name of Route 53 zone aws_route53_zone.main`},
			},
		},
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
` + cfOriginDist("cdn", `
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
			want: []cfOriginWant{
				{"main.tf", `module.dns.zone_id`, `is the zone_id of Route 53 zone module.dns.aws_route53_zone.this`},
				{"main.tf", `module.dns.app_fqdn`, `is the fqdn of module.dns.aws_route53_record.app, ` + cfOriginMsgPrivate + ` module.dns.aws_route53_zone.this`},
				{"main.tf", `module.app.alb_dns_name`, `is the dns_name of module.app.aws_lb.this, ` + cfOriginMsgInternal},
				{"main.tf", `module.app.fn_url`, `is module.app.aws_lambda_function_url.this.function_url, ` + cfOriginMsgURL + `: CloudFront accepts only a DNS name here and rejects a scheme or path. Strip them, e.g. with split("/", <url>)[2]`},
				{"main.tf", `module.app.passthrough`, `is the arn of Route 53 zone aws_route53_zone.root`},
			},
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
` + cfOriginDist("cdn", `
  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "apex"
  }`),
				"modules/.keep": "",
			},
		},
		{
			name: "locals that refer to each other",
			files: map[string]string{"main.tf": `
locals {
  a = local.b
  b = local.a
}
` + cfOriginDist("cdn", `
  origin {
    domain_name = local.a
    origin_id   = "loop"
  }`)},
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
` + cfOriginDist("cdn", `
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
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { cfOriginAssert(t, tc.files, tc.want) })
	}
}

func TestAwsCloudFrontOriginInvalidRuleTargets(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []cfOriginWant
	}{
		{
			name: "targets that name no origin",
			files: map[string]string{"main.tf": `
resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "a.example.com"
    origin_id   = "primary"
  }
  origin {
    domain_name = "b.example.com"
    origin_id   = "secondary"
  }
  origin_group {
    origin_id = "group"
    failover_criteria {
      status_codes = [500]
    }
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "secondary"
    }
  }
  default_cache_behavior {
    target_origin_id = "group"
  }
  ordered_cache_behavior {
    path_pattern     = "/api/*"
    target_origin_id = "api"
  }
  ordered_cache_behavior {
    path_pattern     = "/static/*"
    target_origin_id = "primary"
  }
}
`},
			want: []cfOriginWant{
				{"main.tf", `"api"`, `aws_cloudfront_distribution.cdn ordered_cache_behavior (path_pattern "/api/*") target_origin_id "api" ` + cfOriginMsgTarget + ` (its ids are "group", "primary", "secondary"): CloudFront rejects the distribution.`},
			},
		},
		{
			name: "an unknown origin id hides which ids exist",
			files: map[string]string{"main.tf": `
variable "origin_id" {
  type = string
}
resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "a.example.com"
    origin_id   = var.origin_id
  }
  default_cache_behavior {
    target_origin_id = "a"
  }
}
`},
		},
		{
			name: "dynamic origins and behaviors with known elements",
			files: map[string]string{"main.tf": `
locals {
  origins = {
    web = "www.example.com"
    api = "api.example.com"
  }
  behaviors = [
    { path = "/api/*", origin = "api" },
    { path = "/img/*", origin = "images" },
  ]
}
variable "more" {
  type = list(string)
}
resource "aws_cloudfront_distribution" "cdn" {
  dynamic "origin" {
    for_each = local.origins
    content {
      domain_name = origin.value
      origin_id   = lookup({}, "id", origin.key)
    }
  }
  default_cache_behavior {
    target_origin_id = "web"
  }
  dynamic "ordered_cache_behavior" {
    for_each = local.behaviors
    iterator = b
    content {
      path_pattern     = b.value.path
      target_origin_id = b.value.origin
    }
  }
  dynamic "ordered_cache_behavior" {
    for_each = var.more
    content {
      path_pattern     = ordered_cache_behavior.value
      target_origin_id = "nowhere"
    }
  }
}
`},
			want: []cfOriginWant{
				{"main.tf", `b.value.origin`, `aws_cloudfront_distribution.cdn ordered_cache_behavior[1] (path_pattern "/img/*") target_origin_id "images" ` + cfOriginMsgTarget},
			},
		},
		{
			name: "a dynamic origin with unknown elements hides which ids exist",
			files: map[string]string{"main.tf": `
variable "origins" {
  type = map(string)
}
resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "a.example.com"
    origin_id   = "a"
  }
  dynamic "origin" {
    for_each = var.origins
    content {
      domain_name = origin.value
      origin_id   = origin.key
    }
  }
  default_cache_behavior {
    target_origin_id = "b"
  }
}
`},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { cfOriginAssert(t, tc.files, tc.want) })
	}
}

func TestAwsCloudFrontOriginInvalidRuleMessage(t *testing.T) {
	got, _ := cfOriginRun(t, map[string]string{"main.tf": cfOriginDist("cdn", `
  origin {
    domain_name = "http://origin.example.com"
    origin_id   = "any"
  }`)})
	want := `aws_cloudfront_distribution.cdn origin domain_name "http://origin.example.com" includes a URL scheme: CloudFront accepts only a DNS name here and rejects the distribution. Remove the scheme and choose the protocol with custom_origin_config's origin_protocol_policy.`
	if len(got) != 1 || got[0].Message != want {
		t.Fatalf("got %v, want one issue %q", got, want)
	}
	rule := NewAwsCloudFrontOriginInvalidRule()
	if rule.Severity().String() != "Error" || !strings.HasSuffix(rule.Link(), "/docs/rules/aws_cloudfront_origin_invalid.md") {
		t.Errorf("severity %s, link %s", rule.Severity(), rule.Link())
	}
}

func TestAwsCloudFrontOriginInvalidRuleHostProblem(t *testing.T) {
	cases := []struct {
		host string
		// want is a part of the problem, "" for a valid host.
		want string
		// syntax is a part of the problem when a VPC origin is used, "" for none.
		syntax string
	}{
		{"example.com", "", ""},
		{"EXAMPLE.COM", "", ""},
		{"example.com.", "", ""},
		{"d111111abcdef8.cloudfront.net", "", ""},
		{"my-bucket.s3.us-east-1.amazonaws.com", "", ""},
		{"my_bucket.s3.amazonaws.com", "", ""},
		{"internal-app-123.eu-west-1.elb.amazonaws.com", "", ""},
		{"internal.example.com", "", ""},
		{"local.example.org", "", ""},
		{"1.2.3.4.nip.io", "", ""},
		{"xn--bcher-kva.de", "", ""},
		{"bücher.de", "", ""},
		{"foo.localdomain", "", ""},
		{"nas.lan", "", ""},
		{"intranet.corp", "", ""},
		{"example.com", "", ""},
		{"", "is empty", "is empty"},
		{"   ", "is empty", "is empty"},
		{" example.com", "contains whitespace", "contains whitespace"},
		{"example.com\n", "contains whitespace", "contains whitespace"},
		{"exa mple.com", "contains whitespace", "contains whitespace"},
		{"https://example.com", "URL scheme", "URL scheme"},
		{"HTTP://example.com/", "URL scheme", "URL scheme"},
		{"s3://bucket", "URL scheme", "URL scheme"},
		{"wss://ws.example.com", "URL scheme", "URL scheme"},
		{"git+ssh://host.example.com", "URL scheme", "URL scheme"},
		{"://example.com", "includes a path", "includes a path"},
		{"//example.com", "includes a path", "includes a path"},
		{"example.com/", "includes a path", "includes a path"},
		{"example.com/app", "includes a path", "includes a path"},
		{"example.com?x=1", "query string", "query string"},
		{"example.com#top", "query string", "query string"},
		{"example.com:443", "includes a port", "includes a port"},
		{"10.0.0.1:8080", "includes a port", "includes a port"},
		{"[2001:db8::1]:443", "includes a port", "includes a port"},
		{"localhost:3000", "includes a port", "includes a port"},
		{"example.com:", "contains characters", "contains characters"},
		{"example.com:123456", "contains characters", "contains characters"},
		{"user@example.com", "contains characters", "contains characters"},
		{"*.example.com", "contains characters", "contains characters"},
		{"exa%mple.com", "contains characters", "contains characters"},
		{`example\com`, "contains characters", "contains characters"},
		{"a..b.com", "empty label", "empty label"},
		{".example.com", "empty label", "empty label"},
		{"example.com..", "empty label", "empty label"},
		{".", "empty label", "empty label"},
		{strings.Repeat("a", 64) + ".com", "label longer than 63", "label longer than 63"},
		{strings.Repeat("a", 63) + ".com", "", ""},
		{strings.Repeat("abcdefghi.", 26) + "com", "longer than 253", "longer than 253"},
		{"203.0.113.7", "is an IP address", ""},
		{"10.0.0.1", "is an IP address", ""},
		{"::1", "is an IP address", ""},
		{"2001:db8::1", "is an IP address", ""},
		{"[2001:db8::1]", "is an IP address", ""},
		{"fe80::1%eth0", "is an IP address", ""},
		{"localhost", "ends in .localhost", ""},
		{"LOCALHOST.", "ends in .localhost", ""},
		{"app.localhost", "ends in .localhost", ""},
		{"printer.local", "ends in .local", ""},
		{"printer.LOCAL.", "ends in .local", ""},
		{"ip-10-0-0-1.ec2.internal", "ends in .internal", ""},
		{"ip-10-0-0-1.eu-west-1.compute.internal", "ends in .internal", ""},
		{"app.test", "ends in .test", ""},
		{"foo.invalid", "ends in .invalid", ""},
		{"www.example", "ends in .example", ""},
		{"hidden.onion", "ends in .onion", ""},
		{"name.alt", "ends in .alt", ""},
		{"router.home.arpa", "ends in .home.arpa", ""},
		{"home.arpa", "ends in .home.arpa", ""},
		{"1.2.3.999", "all-numeric label", ""},
		{"010.0.0.1", "all-numeric label", ""},
		{"10.0.0.1.", "all-numeric label", ""},
		{"webserver", "single label", ""},
		{"my-bucket", "single label", ""},
		{"com.", "single label", ""},
	}
	for _, tc := range cases {
		got := cloudfrontOriginHostProblem(tc.host)
		if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("cloudfrontOriginHostProblem(%q) = %q, want it to contain %q", tc.host, got, tc.want)
		}
		syntax := cloudfrontOriginHostSyntaxProblem(tc.host)
		if (tc.syntax == "") != (syntax == "") || !strings.Contains(syntax, tc.syntax) {
			t.Errorf("cloudfrontOriginHostSyntaxProblem(%q) = %q, want it to contain %q", tc.host, syntax, tc.syntax)
		}
	}
}

func TestAwsCloudFrontOriginInvalidRuleHostProblemOddInputs(t *testing.T) {
	inputs := []string{
		"\xff\xfe\xfd",
		"\xffexample.com",
		"example.\xff",
		"\x00",
		"a\x00b.com",
		"[",
		"]",
		"[]",
		":",
		"::",
		"://",
		"a:",
		".",
		"..",
		"-",
		"_.",
		"%",
		"[::1",
		"\u00a0",
		strings.Repeat(".", 1<<16),
		strings.Repeat("a", 1<<20),
		strings.Repeat("a.", 1<<19),
		strings.Repeat("\xff", 1<<16),
		strings.Repeat("https://", 1<<14),
		strings.Repeat("1.", 1<<16) + "1",
		strings.Repeat(":", 1<<16),
	}
	for _, in := range inputs {
		_ = cloudfrontOriginHostProblem(in)
		_ = cloudfrontOriginHostSyntaxProblem(in)
	}
	if got := cloudfrontOriginHostProblem(strings.Repeat("a", 1<<20)); !strings.Contains(got, "longer than 253") {
		t.Errorf("a huge label: %q", got)
	}
	if got := cfOriginQuote(strings.Repeat("\xff", 200)); len(got) > 400 {
		t.Errorf("quoted value not shortened: %d bytes", len(got))
	}
}
