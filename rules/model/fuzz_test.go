package model

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// fuzzConfig parses src as one file of a module and builds the model over it;
// it returns nil when the file does not parse (TFLint stops before plugins then).
func fuzzConfig(t *testing.T, name string, src []byte) *Config {
	parser := hclparse.NewParser()
	var f *hcl.File
	var diags hcl.Diagnostics
	if len(name) > 5 && name[len(name)-5:] == ".json" {
		f, diags = parser.ParseJSON(src, name)
	} else {
		f, diags = parser.ParseHCL(src, name)
	}
	if diags.HasErrors() || f == nil {
		return nil
	}
	return Build(&filesRunner{files: map[string]*hcl.File{name: f}}, Settings{Schema: testSchema, Regions: []string{"us-east-1", "eu-west-1"}})
}

// exercise runs every model query over every resource and attribute.
func exercise(c *Config) {
	for _, dr := range c.GroupByRegion(func(r *Resource) bool { return !r.Absent() }) {
		_, _ = c.RegionAnchor(dr)
		_ = c.RegionLabel(dr.Region)
	}
	c.Module.Walk(func(m *Module) {
		visit := func(a *hclext.Attribute) hcl.Diagnostics {
			_ = m.Eval(a.Expr, nil)
			_, _ = m.References(a.Expr)
			return nil
		}
		for _, r := range append(m.Resources, m.DataSources...) {
			for _, layer := range r.Body.layers {
				_ = layer.WalkAttributes(visit)
			}
		}
		for _, a := range m.Locals {
			_ = m.Eval(a.Expr, nil)
		}
		for _, o := range m.Outputs {
			_, _ = m.References(o.Expr)
		}
		for _, r := range m.Resources {
			_ = r.Address()
			_ = r.ReportRange()
		}
	})
}

var fuzzSeeds = []string{
	`provider "aws" { region = "us-east-1" }
provider "aws" {
  alias  = "west"
  region = var.region
  default_tags { tags = merge(local.tags, { Owner = "x" }) }
}
variable "region" { default = "us-west-2" }
locals {
  tags = { Environment = "prod" }
  loop = local.loop
  a    = local.b
  b    = local.a
}
resource "aws_kms_key" "k" { provider = aws.west }
resource "aws_ebs_volume" "v" {
  count      = length(var.list)
  kms_key_id = aws_kms_key.k.arn
  region     = "eu-west-1"
  tags       = merge(local.tags, { Name = "v${count.index}" })
}
resource "aws_cloudfront_distribution" "d" {
  viewer_certificate { acm_certificate_arn = aws_acm_certificate.c.arn }
  dynamic "origin" {
    for_each = var.origins
    content { domain_name = origin.value }
  }
}
module "m" {
  source    = "./m"
  providers = { aws = aws.west }
  x         = module.m.y
}
output "o" { value = module.m.out }
`,
	`resource "aws_s3_bucket" "b" { for_each = {} }`,
	`resource "aws_s3_bucket" "b" { count = -1 }`,
	`resource "aws_s3_bucket" "b" { region = 42 }`,
	`resource "aws_s3_bucket" "b" { tags = { for k, v in var.m : k => v } }`,
	`locals { x = [for i in range(100000000) : i] }`,
	`resource "aws_instance" "i" { provider = "aws.west" }`,
	`resource "x" "y" { region = cidrsubnet("10.0.0.0/8", 8, 1) }`,
	`resource "aws_instance" "i" { tags = var[0] }`,
}

func FuzzBuildNative(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if c := fuzzConfig(t, "main.tf", []byte(src)); c != nil {
			exercise(c)
		}
	})
}

func FuzzBuildJSON(f *testing.F) {
	f.Add(`{"provider": {"aws": [{"alias": "west", "region": "${var.r}"}]}, "variable": {"r": {"default": "us-west-2"}}, "resource": {"aws_s3_bucket": {"b": {"provider": "aws.west", "tags": {"Owner": "x"}}}}}`)
	f.Add(`{"resource": {"aws_s3_bucket": {"b": [{"count": 0}, {"count": 1}]}}}`)
	f.Add(`{"module": {"m": {"source": "./nowhere", "providers": {"aws": "aws.west"}}}}`)
	f.Fuzz(func(t *testing.T, src string) {
		if c := fuzzConfig(t, "main.tf.json", []byte(src)); c != nil {
			exercise(c)
		}
	})
}

// FuzzReferences resolves and evaluates arbitrary expressions in a module
// with resources, locals (one of them cyclic), data sources and a called
// module that cannot be read.
func FuzzReferences(f *testing.F) {
	for _, seed := range []string{
		`aws_kms_key.k.arn`, `local.key`, `local.loop`, `module.m.out`, `module.m`, `data.aws_kms_key.d.arn`,
		`var.region`, `"${aws_kms_key.k.arn}-x"`, `[for k in local.keys : aws_kms_key.k[k].arn]`,
		`try(local.missing, aws_kms_key.k.id)`, `aws_kms_key.k[count.index].arn`, `each.value`,
		`merge(local.tags, { Name = each.key })`, `aws_kms_key[0]`, `local`, `var`, `module.m[0].x.y`,
	} {
		f.Add(seed)
	}
	base := fuzzConfig(&testing.T{}, "main.tf", []byte(`
variable "region" { default = "us-west-2" }
locals {
  key  = aws_kms_key.k
  keys = ["a", "b"]
  tags = { Owner = "x" }
  loop = local.loop
}
resource "aws_kms_key" "k" {}
data "aws_kms_key" "d" { key_id = "alias/x" }
module "m" { source = "registry/x/aws" }
`))
	f.Fuzz(func(t *testing.T, src string) {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "fuzz.tf", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		_, _ = base.Module.References(expr)
		_ = base.Module.Eval(expr, nil)
	})
}
