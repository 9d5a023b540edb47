package model

import (
	"reflect"
	"sort"
	"strconv"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// keyTracer is a prototype of the KMS rule's trace: the keys an attribute
// may name, through aliases, with literal ids and ARNs as they are written.
func keyTracer() *Tracer[string] {
	return &Tracer[string]{
		SkipAbsentCalls: true,
		Resource: func(t *Tracer[string], res *Resource, rest hcl.Traversal) ([]string, bool) {
			if res.Absent() {
				return nil, true
			}
			attr, _ := FirstAttr(rest)
			instance := ""
			if len(rest) > 0 {
				if idx, ok := rest[0].(hcl.TraverseIndex); ok {
					instance = InstanceKey(idx.Key)
				}
			}
			switch {
			case res.Type == "aws_kms_key" && (attr == "arn" || attr == "key_id"):
				return []string{res.Address() + instance}, true
			case res.Type == "aws_kms_alias" && (attr == "arn" || attr == "target_key_arn"):
				// An end may follow on, one name deeper.
				keys, complete := t.Follow(res.Module, res.Body.Attr("target_key_id").Expr, nil)
				for i := range keys {
					keys[i] += " (through " + res.Address() + ")"
				}
				return keys, complete
			}
			return nil, false
		},
		Value: func(_ *Tracer[string], mod *Module, expr hcl.Expression, rest hcl.Traversal) ([]string, bool) {
			if s, ok := mod.EvalString(expr, nil); ok && len(rest) == 0 {
				return []string{strconv.Quote(s)}, true
			}
			return nil, false
		},
	}
}

func TestTracerFollowsValuesToTheirEnds(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
variable "region" {}
resource "aws_kms_key" "a" {}
resource "aws_kms_key" "b" {}
resource "aws_kms_key" "each" {
  for_each = toset(["x", "y"])
}
resource "aws_kms_alias" "a" {
  target_key_id = aws_kms_key.a.key_id
}
locals {
  by_region = { us = aws_kms_key.a.arn, eu = aws_kms_key.b.arn }
  chosen    = local.by_region["eu"]
  list      = [aws_kms_key.a.arn, "arn:literal"]
  loop      = local.loop
  off       = false
}
module "keys" {
  source = "./keys"
  key    = aws_kms_alias.a.arn
}
module "none" {
  source = "./keys"
  count  = 0
  key    = aws_kms_key.b.arn
}
module "remote" {
  source = "git::https://example.com/unreadable.git"
}
resource "aws_s3_bucket" "sites" {
  kms_key_id = "x"
}
`,
		"locals.tf.json": `{"locals": {"json": "${aws_kms_key.b.arn}"}}`,
		"keys/main.tf": `
variable "key" {}
resource "aws_kms_key" "c" {}
output "passed" {
  value = var.key
}
output "own" {
  value = [aws_kms_key.c.arn]
}
`,
	}, Settings{Schema: testSchema})
	m := c.Module
	tests := []struct {
		expr     string
		want     []string
		complete bool
	}{
		{`aws_kms_key.a.arn`, []string{"aws_kms_key.a"}, true},
		{`aws_kms_key.each["x"].arn`, []string{`aws_kms_key.each["x"]`}, true},
		{`local.off ? aws_kms_key.b.arn : aws_kms_key.a.arn`, []string{"aws_kms_key.a"}, true},
		{`var.region == "eu" ? aws_kms_key.b.arn : aws_kms_key.a.arn`, []string{"aws_kms_key.a", "aws_kms_key.b"}, true},
		{`local.by_region[var.region]`, []string{"aws_kms_key.a", "aws_kms_key.b"}, true},
		{`local.chosen`, []string{"aws_kms_key.b"}, true},
		{`local.json`, []string{"aws_kms_key.b"}, true},
		{`"${local.list[1]}"`, []string{`"arn:literal"`}, true},
		{`try(local.list[0], "")`, []string{`""`, "aws_kms_key.a"}, true},
		{`module.keys.passed`, []string{"aws_kms_key.a (through aws_kms_alias.a)"}, true},
		{`one(module.keys.own)`, []string{"module.keys.aws_kms_key.c"}, true},
		{`module.keys.own[*]`, []string{"module.keys.aws_kms_key.c"}, true},
		{`module.none[0].passed`, nil, true},
		{`module.remote.key`, nil, false},
		{`var.region`, nil, false},
		{`replace(aws_kms_key.a.arn, "a", "b")`, nil, false},
		{`local.missing`, nil, false},
	}
	for _, tt := range tests {
		expr, diags := hclsyntax.ParseExpression([]byte(tt.expr), "test.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		got, complete := keyTracer().Trace(m, expr, nil)
		sort.Strings(got)
		if !reflect.DeepEqual(got, tt.want) || complete != tt.complete {
			t.Errorf("%s: got %q, complete %v; want %q, %v", tt.expr, got, complete, tt.want, tt.complete)
		}
	}

	loop := keyTracer()
	if _, complete := loop.Trace(m, m.Locals["loop"].Expr, nil); complete || !loop.Exhausted() {
		t.Errorf("a cycle: complete %v, exhausted %v; want an incomplete, exhausted trace", complete, loop.Exhausted())
	}
}

// A prototype of the CloudFront caller trace: the steps of a dynamic
// block's element lead through the caller's objects to where the value is
// written; the walk stops at everything but locals and variables.
func TestTracerWithItsOwnDescentFindsWhereAValueIsWritten(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
resource "aws_lb" "internal" {}
locals {
  dns = aws_lb.internal.dns_name
}
module "cdn" {
  source = "./cdn"
  origin = {
    lb  = { domain_name = local.dns }
    raw = { domain_name = "example.com" }
  }
}
`,
		"cdn/main.tf": `
variable "origin" {}
resource "aws_s3_bucket" "d" {
  kms_key_id = var.origin
}
`,
	}, Settings{Schema: testSchema})
	type site struct {
		mod  *Module
		expr hcl.Expression
	}
	tracer := &Tracer[site]{
		Descend: func(t *Tracer[site], mod *Module, expr hcl.Expression, rest hcl.Traversal) ([]site, bool, bool) {
			if x, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok {
				if root := x.Traversal.RootName(); root == "local" || root == "var" {
					return nil, false, false
				}
			}
			if len(rest) == 0 {
				return []site{{mod, expr}}, true, true
			}
			if _, ok := expr.(*hclsyntax.ObjectConsExpr); ok {
				return nil, false, false
			}
			return nil, false, true
		},
	}
	cdn := c.Module.Calls[0].Module
	from := cdn.Resource("aws_s3_bucket", "d").Body.Attr("kms_key_id").Expr
	for key, want := range map[string]string{"lb": "aws_lb.internal.dns_name", "raw": `"example.com"`} {
		steps := hcl.Traversal{hcl.TraverseIndex{Key: cty.StringVal(key)}, hcl.TraverseAttr{Name: "domain_name"}}
		sites, complete := tracer.Trace(cdn, from, steps)
		if !complete || len(sites) != 1 || sites[0].mod != c.Module {
			t.Fatalf("%s: sites %v, complete %v", key, sites, complete)
		}
		got := TraversalName(sites[0].expr)
		if s, ok := c.Module.EvalString(sites[0].expr, nil); ok {
			got = strconv.Quote(s)
		}
		if got != want {
			t.Errorf("%s: written at %q, want %q", key, got, want)
		}
	}
}

func TestReferencesOfAModuleObjectHeldInALocal(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
locals {
  keys = module.keys
}
module "keys" {
  source = "./keys"
}
`,
		"keys/main.tf": `
resource "aws_kms_key" "a" {}
resource "aws_kms_key" "b" {}
output "a" {
  value = aws_kms_key.a.arn
}
output "b" {
  value = aws_kms_key.b
}
`,
	}, Settings{Schema: testSchema})
	for src, want := range map[string][]string{
		"local.keys.a":     {"module.keys.aws_kms_key.a arn"},
		"local.keys.b.arn": {"module.keys.aws_kms_key.b arn"},
		"local.keys":       {"module.keys.aws_kms_key.a arn", "module.keys.aws_kms_key.b "},
	} {
		expr, _ := hclsyntax.ParseExpression([]byte(src), "test.tf", hcl.InitialPos)
		refs, complete := c.Module.References(expr)
		var got []string
		for _, r := range refs {
			got = append(got, r.Resource.Address()+" "+r.Attr)
		}
		if !complete || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, complete %v; want %q", src, got, complete, want)
		}
	}
}
