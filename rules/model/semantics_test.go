package model

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/zclconf/go-cty/cty"
)

// Terraform resolves a default (unaliased) configuration a module does not
// receive by walking up to its callers, whether or not the call has a
// providers map: only aliased configurations must be passed.
func TestDefaultProviderIsInheritedBesideAProvidersMap(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
module "peer" {
  source    = "./peer"
  providers = { aws.peer = aws.west }
}
`,
		"peer/main.tf": `
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.peer]
    }
  }
}
resource "aws_vpc" "here" {}
resource "aws_vpc" "there" {
  provider = aws.peer
}
module "nested" {
  source = "./nested"
}
`,
		"peer/nested/main.tf": `resource "aws_vpc" "deep" {}`,
	}, Settings{Schema: testSchema})
	peer := c.Module.Calls[0].Module
	if r := peer.Resource("aws_vpc", "here").Region; r.Name != "us-east-1" {
		t.Errorf("default configuration beside a providers map: region = %+v, want us-east-1", r)
	}
	if r := peer.Resource("aws_vpc", "there").Region; r.Name != "us-west-2" {
		t.Errorf("passed alias: region = %+v", r)
	}
	if r := peer.Calls[0].Module.Resource("aws_vpc", "deep").Region; r.Name != "us-east-1" {
		t.Errorf("nested default configuration: region = %+v, want us-east-1", r)
	}
}

// Functions must give Terraform's result or an unknown value, never another
// value: through try and can, a function the model lacks must not look like
// a failure Terraform would have.
func TestFunctionsMatchTerraformOrStayUnknown(t *testing.T) {
	cases := []struct {
		expr string
		want cty.Value // cty.NilVal: must be unknown
	}{
		{`coalesce("", "us-east-1")`, cty.StringVal("us-east-1")},
		{`coalesce(null, "", "b")`, cty.StringVal("b")},
		{`coalesce(1, 2)`, cty.NumberIntVal(1)},
		{`lookup({ a = "x" }, "a", "d")`, cty.StringVal("x")},
		{`lookup({ a = "x" }, "b", "d")`, cty.StringVal("d")},
		{`lookup({ a = "x" }, "a")`, cty.StringVal("x")},
		{`lookup({ a = "x" }, "b", null)`, cty.NullVal(cty.DynamicPseudoType)},
		{`lookup({ a = "x" }, "a", null)`, cty.StringVal("x")},
		{`lookup(tomap({ a = "x" }), "a", "d")`, cty.StringVal("x")},
		{`try(lookup({ a = "x" }, "a"), "d")`, cty.StringVal("x")},
		{`try(yamldecode("region: eu-west-1").region, "us-east-1")`, cty.NilVal},
		{`try(provider::aws::arn_parse("arn").region, "us-east-1")`, cty.NilVal},
		{`can(base64decode("eA=="))`, cty.NilVal},
		{`try({ a = 1 }.b, "fallback")`, cty.StringVal("fallback")},
		{`can({ a = 1 }.b)`, cty.False},
		{`can(regex("^a", "abc"))`, cty.True},
		{`try(upper(cidrsubnet("10.0.0.0/16", 8, 1)), "x")`, cty.NilVal},
		{`length("héllo")`, cty.NumberIntVal(5)},
		{`merge({ a = "1" }, null, { b = "2" })`, cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("1"), "b": cty.StringVal("2")})},
		{`replace("a.b", "/\\./", "-")`, cty.StringVal("a-b")},
		{`nonsensitive(sensitive(toset(["us-east-1"])))`, cty.SetVal([]cty.Value{cty.StringVal("us-east-1")})},
	}
	for _, tc := range cases {
		t.Run(tc.expr, func(t *testing.T) {
			c := Build(helper.TestRunner(t, map[string]string{"main.tf": "locals {\n  v = " + tc.expr + "\n}\n"}), Settings{Schema: testSchema})
			got := c.Module.Eval(c.Module.Locals["v"].Expr, nil)
			if tc.want == cty.NilVal {
				if got.IsWhollyKnown() {
					t.Errorf("got %#v, want unknown", got)
				}
				return
			}
			if !got.IsWhollyKnown() || !got.RawEquals(tc.want) {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}

// A caller's null for a variable declared `nullable = false` takes the
// variable's default in Terraform.
func TestNonNullableVariablesTakeTheirDefaultForNull(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
provider "aws" {
  region = "us-east-1"
}
module "stack" {
  source = "./stack"
  region = null
  create = null
  name   = null
}
`,
		"stack/main.tf": `
variable "region" {
  type     = string
  default  = "eu-west-1"
  nullable = false
}
variable "create" {
  type     = bool
  default  = false
  nullable = false
}
variable "name" {
  type    = string
  default = "kept-null"
}
resource "aws_vpc" "this" {
  count  = var.create ? 1 : 0
  region = var.region
}
resource "aws_subnet" "this" {
  region = var.name
}
`,
	}, Settings{Schema: testSchema})
	stack := c.Module.Calls[0].Module
	vpc := stack.Resource("aws_vpc", "this")
	if !vpc.Absent() {
		t.Error("create = null with nullable = false takes the default false: the VPC does not exist")
	}
	if vpc.Region.Name != "eu-west-1" {
		t.Errorf("region = %+v, want the non-nullable default eu-west-1", vpc.Region)
	}
	if r := stack.Resource("aws_subnet", "this").Region; r.Name != "us-east-1" {
		t.Errorf("a nullable variable keeps the caller's null: region = %+v, want the provider's us-east-1", r)
	}
}

// Terraform's override merging treats `dynamic "x"` as blocks of type x: an
// override's static or dynamic x replaces the base's static and dynamic x,
// and leaves other types alone.
func TestOverrideReplacesStaticAndDynamicBlocksOfAType(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{
		"main.tf": `
resource "aws_security_group" "a" {
  dynamic "ingress" {
    for_each = [1]
    content {
      from_port = 1
    }
  }
  egress {
    from_port = 2
  }
}
resource "aws_security_group" "b" {
  ingress {
    from_port = 3
  }
  dynamic "egress" {
    for_each = [1]
    content {
      from_port = 4
    }
  }
}
`,
		"main_override.tf": `
resource "aws_security_group" "a" {
  ingress {
    from_port = 10
  }
}
resource "aws_security_group" "b" {
  dynamic "ingress" {
    for_each = [1]
    content {
      from_port = 30
    }
  }
}
`,
	}), Settings{Schema: testSchema})
	ports := func(r *Resource, blockType string) []string {
		var out []string
		for _, b := range r.Body.AllBlocks(blockType) {
			v, _ := b.Body.Attr("from_port").Expr.Value(nil)
			out = append(out, v.AsBigFloat().String())
		}
		return out
	}
	a, b := c.Module.Resource("aws_security_group", "a"), c.Module.Resource("aws_security_group", "b")
	for _, tc := range []struct {
		res       *Resource
		blockType string
		want      string
	}{
		{a, "ingress", "[10]"}, {a, "egress", "[2]"},
		{b, "ingress", "[30]"}, {b, "egress", "[4]"},
	} {
		if got := fmt.Sprint(ports(tc.res, tc.blockType)); got != tc.want {
			t.Errorf("%s %s: from_port %s, want %s", tc.res.Name, tc.blockType, got, tc.want)
		}
	}
}

// AWS provider v6 resources placed per instance (`region = each.key` over a
// known for_each, or a count index into a list) are in each instance's region.
func TestInstancesPlacedInTheirOwnRegions(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
variable "regions" {
  type    = set(string)
  default = ["eu-west-1", "us-west-2"]
}
variable "unknown" {
  type = set(string)
}
locals {
  dr = ["ap-southeast-2", null]
}
resource "aws_vpc" "each" {
  for_each = var.regions
  region   = each.key
}
resource "aws_vpc" "counted" {
  count  = 2
  region = local.dr[count.index]
}
resource "aws_vpc" "unknown" {
  for_each = var.unknown
  region   = each.key
}
`}), Settings{Schema: testSchema})
	if got := strings.Join(regionKeys(c), ","); got != "eu-west-1,us-west-2,ap-southeast-2,us-east-1" {
		t.Errorf("deployment regions = %s", got)
	}
	each := c.Module.Resource("aws_vpc", "each")
	if got := each.InstanceRegion(`["us-west-2"]`); got.Name != "us-west-2" {
		t.Errorf(`instance ["us-west-2"] is in %+v`, got)
	}
	if got := c.Module.Resource("aws_vpc", "counted").InstanceRegion("[1]"); got.Name != "us-east-1" {
		t.Errorf("a null region is the provider's, got %+v", got)
	}
	if regions := c.Module.Resource("aws_vpc", "unknown").Regions(); len(regions) != 0 {
		t.Errorf("instances of an unknown for_each are placed nowhere, got %+v", regions)
	}
}

// terraform.workspace is the workspace TFLint sees: TF_WORKSPACE, else the
// data directory's environment file, else "default".
func TestWorkspaceIsTheOneTFLintSees(t *testing.T) {
	files := map[string]string{"main.tf": `
locals {
  regions = { default = "us-east-1", prod = "eu-west-1", staging = "us-west-2" }
}
provider "aws" {
  region = local.regions[terraform.workspace]
}
resource "aws_vpc" "main" {}
`}
	region := func() string {
		return Build(helper.TestRunner(t, files), Settings{Schema: testSchema}).Module.Providers[0].Region.Name
	}
	t.Setenv("TF_WORKSPACE", "")
	t.Setenv("TF_DATA_DIR", t.TempDir())
	if got := region(); got != "us-east-1" {
		t.Errorf("default workspace: region %q", got)
	}
	if err := os.WriteFile(filepath.Join(os.Getenv("TF_DATA_DIR"), "environment"), []byte("staging\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := region(); got != "us-west-2" {
		t.Errorf("workspace from the environment file: region %q", got)
	}
	t.Setenv("TF_WORKSPACE", "prod")
	if got := region(); got != "eu-west-1" {
		t.Errorf("TF_WORKSPACE=prod: region %q", got)
	}
}

// A region set by several provider configurations (accounts) names them all.
func TestRegionLabelsNameEveryProviderOfTheRegion(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{"main.tf": `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "external"
  region = "eu-west-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
`}), Settings{Schema: testSchema})
	for region, want := range map[string]string{
		"eu-west-1":  "eu-west-1 (providers aws, aws.external)",
		"us-west-2":  "us-west-2 (provider aws.west)",
		"ap-south-1": "ap-south-1",
	} {
		if got := c.RegionLabel(Region{Name: region}); got != want {
			t.Errorf("label = %q, want %q", got, want)
		}
	}
}
