package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/zclconf/go-cty/cty"
)

// testSchema reads what the model's tests read, strictly: reading anything
// else is a bug in the test.
var testSchema = NewSchema(true, Reads{Paths: []string{"ami", "ingress{}.from_port", "egress{}.from_port", "target_key_id", "kms_key_id"}})

func buildOnDisk(t *testing.T, files map[string]string, settings Settings) *Config {
	t.Helper()
	dir := t.TempDir()
	root := map[string]string{}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(name, "/") {
			root[path] = src
		}
	}
	return Build(helper.TestRunner(t, root), settings)
}

// regionKeys are the regions existing managed resources are placed in, in
// order of first appearance. (Which of them are deployment regions is
// awsfacts' concern.)
func regionKeys(c *Config) []string {
	var out []string
	for _, dr := range c.GroupByRegion(func(r *Resource) bool { return !r.Data && !r.Absent() }) {
		out = append(out, dr.Region.Key())
	}
	return out
}

func TestRegionsThroughAliasesModulesAndResourceRegion(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
variable "secondary" {
  default = "us-west-2"
}
locals {
  regions = { primary = "us-east-1" }
}
provider "aws" {
  region = local.regions.primary
  default_tags {
    tags = { Environment = "prod" }
  }
}
provider "aws" {
  alias  = "west"
  region = var.secondary
}
provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}
provider "aws" {
  alias = "unknown"
}
module "west" {
  source    = "./modules/stack"
  providers = { aws = aws.west }
  name      = aws_kms_key.main.arn
}
module "east" {
  source = "./modules/stack"
}
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "eu" {
  region = "eu-west-1"
}
resource "aws_sqs_queue" "somewhere" {
  provider = aws.unknown
}
resource "aws_acm_certificate" "cdn" {
  provider = aws.edge
}
resource "aws_cloudfront_distribution" "cdn" {
  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.cdn.arn
  }
}
resource "aws_vpc" "none" {
  count = 0
}
`,
		"modules/stack/main.tf": `
variable "name" {
  default = "x"
}
resource "aws_vpc" "this" {
  tags = { Name = var.name }
}
output "vpc" {
  value = aws_vpc.this
}
`,
	}, Settings{Schema: testSchema})

	got := strings.Join(regionKeys(c), ",")
	if got != "us-east-1,eu-west-1,source environment,us-west-2" {
		t.Errorf("deployment regions = %s", got)
	}
	if !c.IsConfigurationRoot || !c.IsRoot {
		t.Error("expected a configuration root")
	}
	west := c.Module.Calls[0].Module
	if west == nil {
		t.Fatal("module west not loaded")
	}
	vpc := west.Resource("aws_vpc", "this")
	if vpc.Region.Name != "us-west-2" || vpc.Address() != "module.west.aws_vpc.this" {
		t.Errorf("vpc region %v address %s", vpc.Region, vpc.Address())
	}
	if vpc.ReportRange() != c.Module.Calls[0].DeclRange {
		t.Error("child findings must be reported at the module block")
	}
	refs, complete := west.References(vpc.Body.Attr("tags").Expr)
	if !complete || len(refs) != 1 || refs[0].Resource.Address() != "aws_kms_key.main" || refs[0].Attr != "arn" {
		t.Errorf("refs through module variable = %+v complete=%v", refs, complete)
	}
	if !c.Module.Resource("aws_vpc", "none").Absent() {
		t.Error("count = 0 must be absent")
	}
	if tags := c.Module.Provider("aws").DefaultTags; !tags.IsKnown() || !tags.Type().IsObjectType() || !tags.Type().HasAttribute("Environment") {
		t.Errorf("default tags = %#v", tags)
	}
	if p := c.RegionProvider(Region{Name: "us-east-1"}); p == nil || p.Address != "aws.edge" {
		t.Errorf("region provider for us-east-1 = %+v", p)
	}
}

func TestOverrideFilesAndJSON(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{
		"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_instance" "web" {
  ami = "a"
}
`,
		"main_override.tf": `
resource "aws_instance" "web" {
  ami = "b"
}
`,
		"extra.tf.json": `{"resource": {"aws_instance": {"api": {"provider": "aws.west", "ami": "c"}}}, "provider": {"aws": [{"alias": "west", "region": "us-west-2"}]}}`,
	}), Settings{Schema: testSchema})
	web := c.Module.Resource("aws_instance", "web")
	if v, _ := c.Module.EvalString(web.Body.Attr("ami").Expr, web); v != "b" {
		t.Errorf("override not applied: %q", v)
	}
	api := c.Module.Resource("aws_instance", "api")
	if api == nil || api.Region.Name != "us-west-2" {
		t.Fatalf("JSON resource region = %+v", api)
	}
}

// A variable that only an override file uses is still evaluated by the host.
func TestVariablesUsedOnlyInOverrideFiles(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{
		"main.tf": `
variable "dr_region" {
  default = "eu-west-1"
}
variable "ami" {
  default = "ami-override"
}
provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
resource "aws_instance" "web" {
  ami = "a"
}
`,
		"override.tf": `
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
`,
		"web_override.tf": `
resource "aws_instance" "web" {
  ami = var.ami
}
`,
	}), Settings{Schema: testSchema})
	if p := c.Module.Providers[0]; p.Region.Name != "eu-west-1" {
		t.Errorf("overridden provider region = %+v, want eu-west-1", p.Region)
	}
	web := c.Module.Resource("aws_instance", "web")
	if v, _ := c.Module.EvalString(web.Body.Attr("ami").Expr, web); v != "ami-override" {
		t.Errorf("ami = %q, want the variable's value", v)
	}
}

func TestUnknownValuesStayUnknown(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{
		"main.tf": `
variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
resource "aws_instance" "web" {
  region = data.aws_region.current.name
}
resource "aws_instance" "db" {
  tags = merge({ Name = "x" }, { Owner = each.key }, cidrsubnet("10.0.0.0/8", 8, 1))
}
`,
	}), Settings{Schema: testSchema})
	if r := c.Module.Providers[0].Region; r.Known() || r.Provider != "aws" {
		t.Errorf("provider region = %+v", r)
	}
	if r := c.Module.Resource("aws_instance", "web").Region; r.Identified() {
		t.Errorf("an unknown per-resource region must not be identified: %+v", r)
	}
	db := c.Module.Resource("aws_instance", "db")
	if v := c.Module.Eval(db.Body.Attr("tags").Expr, db); v.IsWhollyKnown() {
		t.Errorf("unknown function must give an unknown value, got %#v", v)
	}
}

func TestCalledModuleVariablesTakeTheirDeclaredType(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
module "app" {
  source   = "./app"
  settings = { name = "x" }
  count_in = "2"
}
`,
		"app/main.tf": `
variable "settings" {
  type = object({
    name  = string
    owner = optional(string, "platform")
  })
}
variable "count_in" {
  type = number
}
resource "aws_s3_bucket" "b" {
  count = var.count_in
  tags  = { Owner = var.settings.owner }
}
`,
	}, Settings{Schema: testSchema})
	app := c.Module.Calls[0].Module
	b := app.Resource("aws_s3_bucket", "b")
	v := app.Eval(b.Body.Attr("tags").Expr, b)
	if !v.IsKnown() || v.GetAttr("Owner").AsString() != "platform" {
		t.Errorf("optional attribute default not applied: %#v", v)
	}
	if n := app.Eval(b.Body.Attr("count").Expr, b); !n.IsKnown() || n.Type() != cty.Number {
		t.Errorf("string argument not converted to number: %#v", n)
	}
}

func TestVariablesUsedOnlyInJSONComeFromTheHost(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{
		"variables.tf":      "variable \"aws_region\" {\n  default = \"eu-west-1\"\n}\n",
		"providers.tf.json": `{"provider": {"aws": [{"region": "${var.aws_region}"}]}}`,
		"main.tf":           "resource \"aws_vpc\" \"v\" {}\n",
	}), Settings{Schema: testSchema})
	if got := c.Module.Providers[0].Region; got.Name != "eu-west-1" {
		t.Errorf("region = %+v, want eu-west-1 from the variable", got)
	}
}

func TestModulesExpectingProviderAliasesAreNotConfigurationRoots(t *testing.T) {
	for name, src := range map[string]string{
		"main.tf": `
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.peer]
    }
  }
}
provider "aws" {
  region = "us-east-1"
}
`,
		"main.tf.json": `{"terraform": [{"required_providers": [{"aws": {"source": "hashicorp/aws", "configuration_aliases": ["aws.peer"]}}]}], "provider": {"aws": {"region": "us-east-1"}}}`,
	} {
		c := Build(helper.TestRunner(t, map[string]string{name: src}), Settings{Schema: testSchema})
		if c.IsConfigurationRoot || !c.Module.ExpectsProviders {
			t.Errorf("%s: a module expecting provider aliases was taken for a configuration root", name)
		}
	}
	for name, src := range map[string]string{
		"main.tf":            "terraform {\n  required_providers {\n    aws = { source = \"hashicorp/aws\" }\n  }\n}\nprovider \"aws\" {}\n",
		"no aliases.tf":      "terraform {\n  required_providers {\n    aws = {\n      source                = \"hashicorp/aws\"\n      configuration_aliases = []\n    }\n  }\n}\nprovider \"aws\" {\n  region = \"us-east-1\"\n}\n",
		"no aliases.tf.json": `{"terraform": [{"required_providers": [{"aws": {"source": "hashicorp/aws", "configuration_aliases": []}}]}], "provider": {"aws": {"region": "us-east-1"}}}`,
	} {
		c := Build(helper.TestRunner(t, map[string]string{name: src}), Settings{Schema: testSchema})
		if !c.IsConfigurationRoot || c.Module.ExpectsProviders {
			t.Errorf("%s: a root with required_providers (no configuration aliases) and a provider block is a configuration root", name)
		}
	}
}

func TestDirectoriesCalledInTheRepositoryAreNotConfigurationRoots(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		".git/HEAD":                "ref: refs/heads/main\n",
		"live/prod/main.tf":        "provider \"aws\" {\n  region = \"us-east-1\"\n}\nmodule \"eks\" {\n  source = \"../../modules/eks\"\n}\n",
		"modules/eks/providers.tf": "provider \"aws\" {\n  region = var.region\n}\nvariable \"region\" {}\n",
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for sub, called := range map[string]bool{"modules/eks": true, "live/prod": false} {
		file := filepath.Join(dir, sub, "main.tf")
		if called {
			file = filepath.Join(dir, sub, "providers.tf")
		}
		src, _ := os.ReadFile(file)
		c := Build(helper.TestRunner(t, map[string]string{file: string(src)}), Settings{Schema: testSchema})
		if c.IsCalledModule != called || c.IsConfigurationRoot == called {
			t.Errorf("%s: IsCalledModule = %v, IsConfigurationRoot = %v", sub, c.IsCalledModule, c.IsConfigurationRoot)
		}
	}
}

func TestModulesDeclaringProviderAliasesAreNotConfigurationRoots(t *testing.T) {
	for src, root := range map[string]bool{
		"provider \"aws\" {\n  alias = \"peer\"\n}\n":                                                                                                                       false,
		"provider \"aws\" {\n  alias = \"peer\"\n}\nterraform {\n  backend \"s3\" {}\n}\n":                                                                                  true,
		"provider \"aws\" {\n  alias   = \"peer\"\n  profile = \"peer\"\n}\n":                                                                                               true,
		"provider \"aws\" {\n  alias = \"peer\"\n  assume_role {\n    role_arn = \"x\"\n  }\n}\n":                                                                           true,
		"provider \"aws\" {\n  alias = \"peer\"\n}\nprovider \"aws\" {}\n":                                                                                                  true,
		"provider \"aws\" {\n  alias               = \"peer\"\n  allowed_account_ids = [\"111122223333\"]\n}\n":                                                             true,
		"provider \"aws\" {\n  alias = \"acm\"\n}\nmodule \"acm\" {\n  source    = \"../..\"\n  providers = { aws = aws.acm }\n}\n":                                         true,
		"provider \"aws\" {\n  alias = \"peer\"\n}\nmodule \"replica\" {\n  source    = \"./modules/replica\"\n  providers = { aws = aws.peer }\n}\n":                       false,
		"provider \"aws\" {\n  alias = \"peer\"\n  dynamic \"assume_role\" {\n    for_each = var.roles\n    content {\n      role_arn = assume_role.value\n    }\n  }\n}\n": true,
	} {
		c := Build(helper.TestRunner(t, map[string]string{"main.tf": src}), Settings{Schema: testSchema})
		if c.IsConfigurationRoot != root {
			t.Errorf("IsConfigurationRoot = %v for\n%s", c.IsConfigurationRoot, src)
		}
	}
}

func TestPassedConfigurationsReplaceProxyBlocks(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags {
    tags = { Owner = "x" }
  }
}
module "pair" {
  source    = "./pair"
  providers = { aws.primary = aws, aws.secondary = aws.west }
}
module "plain" {
  source = "./plain"
}
`,
		"pair/main.tf": `
provider "aws" {
  alias = "primary"
}
provider "aws" {
  alias = "secondary"
}
resource "aws_vpc" "a" {
  provider = aws.primary
}
resource "aws_vpc" "b" {
  provider = aws.secondary
}
`,
		"plain/main.tf": `
provider "aws" {}
resource "aws_vpc" "c" {}
`,
	}, Settings{Schema: testSchema})
	pair := c.Module.Calls[0].Module
	if r := pair.Resource("aws_vpc", "a").Region; r.Name != "us-east-1" {
		t.Errorf("aws.primary region = %+v", r)
	}
	b := pair.Resource("aws_vpc", "b")
	if b.Region.Name != "us-west-2" || b.Provider.DefaultTags.IsNull() {
		t.Errorf("aws.secondary = %+v", b.Provider)
	}
	if len(pair.Providers) != 0 {
		t.Errorf("proxy blocks still listed: %d", len(pair.Providers))
	}
	if r := c.Module.Calls[1].Module.Resource("aws_vpc", "c").Region; r.Name != "us-east-1" {
		t.Errorf("an empty default block must inherit the caller's configuration, got %+v", r)
	}
}

func TestInstalledModulesAreReadThroughTheManifest(t *testing.T) {
	files := map[string]string{
		"main.tf": `
provider "aws" {
  region = "eu-west-1"
}
module "network" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "6.0.0"
}
`,
		".terraform/modules/modules.json":                `{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"network","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws","Version":"6.0.0","Dir":".terraform/modules/network"},{"Key":"network.nat","Source":"./modules/nat","Dir":".terraform/modules/network/modules/nat"}]}`,
		".terraform/modules/network/main.tf":             "resource \"aws_vpc\" \"this\" {}\nmodule \"nat\" {\n  source = \"./modules/nat\"\n}\n",
		".terraform/modules/network/modules/nat/main.tf": "resource \"aws_nat_gateway\" \"this\" {}\n",
	}
	c := buildOnDisk(t, files, Settings{Schema: testSchema})
	network := c.Module.Calls[0].Module
	if network == nil || network.Resource("aws_vpc", "this") == nil {
		t.Fatal("the installed module was not read")
	}
	nat := network.Calls[0].Module
	if nat == nil || nat.Resource("aws_nat_gateway", "this").Region.Name != "eu-west-1" {
		t.Fatal("the nested module of an installed module was not read in its caller's region")
	}

	t.Setenv("TF_DATA_DIR", "custom-data")
	moved := map[string]string{"main.tf": files["main.tf"]}
	for name, src := range files {
		if strings.HasPrefix(name, ".terraform/") {
			moved["custom-data/"+strings.TrimPrefix(name, ".terraform/")] = strings.ReplaceAll(src, ".terraform/modules", "custom-data/modules")
		}
	}
	c = buildOnDisk(t, moved, Settings{Schema: testSchema})
	if c.Module.Calls[0].Module == nil {
		t.Error("TF_DATA_DIR was not honoured")
	}
}

func TestProvidersWithTheSameUnknownRegionShareIt(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{"main.tf": `
variable "aws_region" {
  type = string
}
provider "aws" {
  region = var.aws_region
}
provider "aws" {
  alias  = "network"
  region = var.aws_region
}
provider "aws" {
  alias  = "other"
  region = var.other_region
}
variable "other_region" {
  type = string
}
resource "aws_vpc" "a" {}
resource "aws_vpc" "b" {
  provider = aws.network
}
resource "aws_vpc" "c" {
  provider = aws.other
}
`}), Settings{Schema: testSchema})
	if got := strings.Join(regionKeys(c), ","); got != "source var.aws_region,source var.other_region" {
		t.Errorf("deployment regions = %s", got)
	}
	if label := c.RegionLabel(c.Module.Resource("aws_vpc", "a").Region); label != "the region of provider aws" {
		t.Errorf("label = %q", label)
	}
}

func TestOneUnknownRegionUnderOtherSpellings(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{"main.tf": `
variable "aws_region" {
  type = string
}
variable "unset_region" {
  type    = string
  default = null
}
locals {
  region = var.aws_region
}
provider "aws" {
  region = var.aws_region
}
provider "aws" {
  alias  = "local"
  region = local.region
}
provider "aws" {
  alias  = "template"
  region = "${var.aws_region}"
}
provider "aws" {
  alias = "environment"
}
provider "aws" {
  alias  = "null"
  region = var.unset_region
}
resource "aws_vpc" "a" {}
resource "aws_vpc" "b" {
  provider = aws.local
}
resource "aws_vpc" "c" {
  provider = aws.template
}
resource "aws_vpc" "d" {
  provider = aws.environment
}
resource "aws_vpc" "e" {
  provider = aws.null
}
`}), Settings{Schema: testSchema})
	if got := strings.Join(regionKeys(c), ","); got != "source var.aws_region,source environment" {
		t.Errorf("deployment regions = %s", got)
	}
}

func TestModuleProviderRegionsFollowTheCallersReference(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
variable "primary_region" {
  type = string
}
provider "aws" {
  alias  = "primary"
  region = var.primary_region
}
resource "aws_vpc" "primary" {
  provider = aws.primary
}
module "storage" {
  source = "./storage"
  region = var.primary_region
}
module "computed" {
  source = "./storage"
  region = "${var.primary_region}-x"
}
`,
		"storage/main.tf": `
variable "region" {
  type = string
}
provider "aws" {
  alias  = "p"
  region = var.region
}
resource "aws_s3_bucket" "b" {
  provider = aws.p
}
`,
	}, Settings{Schema: testSchema})
	if got := strings.Join(regionKeys(c), ","); got != "source var.primary_region" {
		t.Errorf("deployment regions = %s; the module's provider is in its caller's region", got)
	}
	if r := c.Module.Calls[1].Module.Resource("aws_s3_bucket", "b").Region; r.Identified() {
		t.Errorf("a region computed from the caller's value cannot be identified, got %+v", r)
	}
}
