package rules

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// multiRegionStack declares one resource of every default group, each with
// the given argument line (a provider or region argument, or nothing).
func multiRegionStack(name, arg string) string {
	var b strings.Builder
	for _, t := range []string{"aws_vpc", "aws_subnet", "aws_route_table", "aws_internet_gateway", "aws_nat_gateway",
		"aws_security_group", "aws_instance", "aws_db_instance", "aws_s3_bucket", "aws_lb"} {
		b.WriteString("resource \"" + t + "\" \"" + name + "\" {\n")
		if arg != "" {
			b.WriteString("  " + arg + "\n")
		}
		b.WriteString("}\n")
	}
	return b.String()
}

const multiRegionProviders = `provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}
`

// multiRegionAllButVPC is what a region with only a VPC lacks, with the
// examples of the primary stack.
const multiRegionAllButVPC = "subnets, routing, internet_gateway, nat, security_groups, compute, database, object_storage, load_balancing, present in us-east-1: aws_subnet.primary, aws_route_table.primary, aws_internet_gateway.primary, aws_nat_gateway.primary, aws_security_group.primary, aws_instance.primary, aws_db_instance.primary, aws_s3_bucket.primary, aws_lb.primary."

type multiRegionWant struct {
	file string
	// start and end are line, column pairs.
	start, end [2]int
	// sentence is the message's first sentence.
	sentence string
}

func multiRegionFirstSentence(msg string) string {
	if i := strings.Index(msg, ". A region"); i >= 0 {
		return msg[:i+1]
	}
	return msg
}

func runMultiRegion(t *testing.T, files map[string]string, regions []string) (helper.Issues, string) {
	t.Helper()
	runner, dir := ruletest.ModuleRunner(t, files)
	rule := NewAwsMultiRegionIncompleteRule()
	var r tflint.Runner = runner
	if regions != nil {
		r = model.NewRunner(runner, model.Settings{Regions: regions})
	}
	if err := rule.Check(r); err != nil {
		t.Fatal(err)
	}
	return runner.Issues, dir
}

func assertMultiRegionIssues(t *testing.T, dir string, want []multiRegionWant, got helper.Issues) {
	t.Helper()
	if len(got) != len(want) {
		for _, g := range got {
			t.Logf("got %s: %s", g.Range, g.Message)
		}
		t.Fatalf("got %d issues, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		wantRange := hcl.Range{Filename: filepath.Join(dir, w.file), Start: hcl.Pos{Line: w.start[0], Column: w.start[1]}, End: hcl.Pos{Line: w.end[0], Column: w.end[1]}}
		if g.Range.Filename != wantRange.Filename || g.Range.Start.Line != wantRange.Start.Line || g.Range.Start.Column != wantRange.Start.Column ||
			g.Range.End.Line != wantRange.End.Line || g.Range.End.Column != wantRange.End.Column {
			t.Errorf("issue %d at %s, want %s", i, g.Range, wantRange)
		}
		if s := multiRegionFirstSentence(g.Message); s != w.sentence {
			t.Errorf("issue %d says\n  %s\nwant\n  %s", i, s, w.sentence)
		}
	}
}

func TestAwsMultiRegionIncompleteRuleMessage(t *testing.T) {
	files := map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
`}
	got, dir := runMultiRegion(t, files, nil)
	helper.AssertIssues(t, helper.Issues{{
		Rule:    NewAwsMultiRegionIncompleteRule(),
		Message: "us-west-2 (provider aws.secondary) lacks " + multiRegionAllButVPC + " A region without the core services the others have cannot take over the workload when another region fails: deploy them to us-west-2 as well, or stop deploying to it.",
		Range:   hcl.Range{Filename: filepath.Join(dir, "main.tf"), Start: hcl.Pos{Line: 4, Column: 1}, End: hcl.Pos{Line: 4, Column: 15}},
	}}, got)
}

func TestAwsMultiRegionIncompleteRule(t *testing.T) {
	secondaryAnchor := multiRegionWant{file: "main.tf", start: [2]int{4, 1}, end: [2]int{4, 15}}
	withSentence := func(w multiRegionWant, sentence string) multiRegionWant {
		w.sentence = sentence
		return w
	}
	cases := []struct {
		name    string
		files   map[string]string
		regions []string
		want    []multiRegionWant
	}{
		{
			name: "secondary region with only a VPC",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
`},
			want: []multiRegionWant{withSentence(secondaryAnchor, "us-west-2 (provider aws.secondary) lacks "+multiRegionAllButVPC)},
		},
		{
			name:  "both regions complete",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + multiRegionStack("secondary", "provider = aws.secondary")},
		},
		{
			name: "one group missing, the others through other types of the group",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_subnet" "secondary" {
  provider = aws.secondary
}
resource "aws_route_table" "secondary" {
  provider = aws.secondary
}
resource "aws_internet_gateway" "secondary" {
  provider = aws.secondary
}
resource "aws_nat_gateway" "secondary" {
  provider = aws.secondary
}
resource "aws_security_group" "secondary" {
  provider = aws.secondary
}
resource "aws_ecs_service" "secondary" {
  provider = aws.secondary
}
resource "aws_dynamodb_table" "secondary" {
  provider = aws.secondary
}
resource "aws_alb" "secondary" {
  provider = aws.secondary
}
`},
			want: []multiRegionWant{withSentence(secondaryAnchor, "us-west-2 (provider aws.secondary) lacks object_storage, present in us-east-1: aws_s3_bucket.primary.")},
		},
		{
			name: "the primary lacks what the secondary has",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("secondary", "provider = aws.secondary") + `
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_route_table" "primary" {}
resource "aws_internet_gateway" "primary" {}
resource "aws_nat_gateway" "primary" {}
resource "aws_security_group" "primary" {}
resource "aws_instance" "primary" {}
resource "aws_db_instance" "primary" {}
resource "aws_s3_bucket" "primary" {}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{1, 1}, end: [2]int{1, 15},
				sentence: "us-east-1 (provider aws) lacks load_balancing, present in us-west-2: aws_lb.secondary."}},
		},
		{
			name:  "single region",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "")},
		},
		{
			name: "not a configuration root",
			files: map[string]string{"main.tf": multiRegionStack("primary", "") + `
resource "aws_vpc" "eu" {
  region = "eu-west-1"
}
`},
		},
		{
			name: "the us-east-1 alias only serves CloudFront",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
resource "aws_acm_certificate" "cdn" {
  provider    = aws.us_east_1
  domain_name = "example.com"
}
resource "aws_lambda_function" "edge" {
  provider = aws.us_east_1
}
resource "aws_cloudfront_distribution" "cdn" {
  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.cdn.arn
  }
  default_cache_behavior {
    lambda_function_association {
      lambda_arn = aws_lambda_function.edge.qualified_arn
    }
  }
}
` + multiRegionStack("primary", "")},
		},
		{
			name: "a function in the us-east-1 alias that CloudFront does not use is compute there",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
resource "aws_lambda_function" "worker" {
  provider = aws.us_east_1
}
resource "aws_vpc" "primary" {}
resource "aws_lambda_function" "primary" {}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{5, 1}, end: [2]int{5, 15},
				sentence: "us-east-1 (provider aws.us_east_1) lacks vpc, present in eu-west-1: aws_vpc.primary."}},
		},
		{
			name: "an alias with data sources only",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
data "aws_vpc" "peer" {
  provider = aws.secondary
}
`},
		},
		{
			name: "a region that only keeps keys, backups and alarms",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
resource "aws_kms_key" "dnssec" {
  provider = aws.secondary
}
resource "aws_backup_vault" "copy" {
  provider = aws.secondary
}
resource "aws_cloudwatch_metric_alarm" "billing" {
  provider = aws.secondary
}
`},
		},
		{
			name: "a region that only holds replicas of the primary's data",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
resource "aws_s3_bucket" "replica" {
  provider = aws.secondary
}
resource "aws_s3_bucket_replication_configuration" "primary" {
  bucket = aws_s3_bucket.primary.id
  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
    }
  }
}
resource "aws_s3_bucket" "legacy_replica" {
  provider = aws.secondary
}
resource "aws_s3_bucket" "legacy_source" {
  replication_configuration {
    rules {
      destination {
        bucket = aws_s3_bucket.legacy_replica.arn
      }
    }
  }
}
resource "aws_db_instance" "read_replica" {
  provider            = aws.secondary
  replicate_source_db = aws_db_instance.primary.arn
}
resource "aws_dynamodb_table_replica" "orders" {
  provider         = aws.secondary
  global_table_arn = "arn:aws:dynamodb:us-east-1:111122223333:table/orders"
}
`},
		},
		{
			name: "a replica bucket named by its ARN written out",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
locals {
  replica_bucket = "orders-replica"
}
resource "aws_s3_bucket" "replica" {
  provider = aws.secondary
  bucket   = local.replica_bucket
}
resource "aws_s3_bucket_replication_configuration" "primary" {
  bucket = aws_s3_bucket.primary.id
  rule {
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::${local.replica_bucket}"
    }
  }
}
`},
		},
		{
			name: "a region with a bucket of its own is a deployment region",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
resource "aws_s3_bucket" "logs" {
  provider = aws.secondary
}
`},
			want: []multiRegionWant{withSentence(secondaryAnchor, "us-west-2 (provider aws.secondary) lacks vpc, subnets, routing, internet_gateway, nat, security_groups, compute, database, load_balancing, present in us-east-1: aws_vpc.primary, aws_subnet.primary, aws_route_table.primary, aws_internet_gateway.primary, aws_nat_gateway.primary, aws_security_group.primary, aws_instance.primary, aws_db_instance.primary, aws_lb.primary.")},
		},
		{
			name: "count = 0 in the secondary region leaves the group missing",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + multiRegionStack("secondary", "provider = aws.secondary"), "main_override.tf": `
resource "aws_nat_gateway" "secondary" {
  count = 0
}
`},
			want: []multiRegionWant{withSentence(secondaryAnchor, "us-west-2 (provider aws.secondary) lacks nat, present in us-east-1: aws_nat_gateway.primary.")},
		},
		{
			name: "a group whose existence is unknown is not required, and counts as present",
			files: map[string]string{"main.tf": multiRegionProviders + `
variable "enable_nat" {
  type = bool
}
resource "aws_vpc" "primary" {}
resource "aws_nat_gateway" "primary" {
  count = var.enable_nat ? 1 : 0
}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_subnet" "secondary" {
  provider = aws.secondary
  for_each = var.subnets
}
variable "subnets" {
  type = map(string)
}
`},
		},
		{
			name: "a region whose only resources may not exist is not judged",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
variable "enable_dr" {
  type = bool
}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
  count    = var.enable_dr ? 1 : 0
}
`},
		},
		{
			name: "a region that exists through per-resource region arguments",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
` + multiRegionStack("primary", "") + `
resource "aws_vpc" "eu" {
  region = "eu-west-1"
}
resource "aws_subnet" "eu" {
  region = "eu-west-1"
}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{26, 1}, end: [2]int{26, 24},
				sentence: "eu-west-1 lacks routing, internet_gateway, nat, security_groups, compute, database, object_storage, load_balancing, present in us-east-1: aws_route_table.primary, aws_internet_gateway.primary, aws_nat_gateway.primary, aws_security_group.primary, aws_instance.primary, aws_db_instance.primary, aws_s3_bucket.primary, aws_lb.primary."}},
		},
		{
			name: "per-resource region arguments naming the primary region",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "provider = aws.secondary\n  region = \"us-east-1\"") + `
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
`},
			want: []multiRegionWant{withSentence(secondaryAnchor, "us-west-2 (provider aws.secondary) lacks "+multiRegionAllButVPC)},
		},
		{
			name: "a group whose region is unknown may be in any region",
			files: map[string]string{"main.tf": multiRegionProviders + `
variable "regions" {
  type = set(string)
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_subnet" "everywhere" {
  for_each = var.regions
  region   = each.key
}
`},
		},
		{
			name: "instances placed per region by a known for_each",
			files: map[string]string{"main.tf": multiRegionProviders + `
variable "regions" {
  type    = set(string)
  default = ["us-east-1", "eu-west-1"]
}
resource "aws_vpc" "each" {
  for_each = var.regions
  region   = each.key
}
resource "aws_subnet" "each" {
  for_each = var.regions
  region   = each.value
}
resource "aws_instance" "primary" {}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{13, 1}, end: [2]int{13, 26},
				sentence: "eu-west-1 lacks compute, present in us-east-1: aws_instance.primary."}},
		},
		{
			name: "DynamoDB replica blocks place the table in the replica regions",
			files: map[string]string{"main.tf": multiRegionProviders + `
resource "aws_vpc" "primary" {}
resource "aws_dynamodb_table" "orders" {
  replica {
    region_name = "us-west-2"
  }
}
resource "aws_dynamodb_table" "sessions" {
  dynamic "replica" {
    for_each = ["us-west-2", "eu-west-1"]
    content {
      region_name = replica.value
    }
  }
}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_vpc" "eu" {
  region = "eu-west-1"
}
`},
		},
		{
			name: "a dynamic replica block with unknown regions may cover any region",
			files: map[string]string{"main.tf": multiRegionProviders + `
variable "replicas" {
  type = list(string)
}
resource "aws_vpc" "primary" {}
resource "aws_dynamodb_table" "orders" {
  dynamic "replica" {
    for_each = var.replicas
    content {
      region_name = replica.value
    }
  }
}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
`},
		},
		{
			name: "examples are resources placed in their region, not replicas",
			files: map[string]string{"main.tf": multiRegionProviders + `
resource "aws_vpc" "primary" {}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_dynamodb_table" "orders" {
  provider = aws.secondary
  replica {
    region_name = "us-east-1"
  }
}
resource "aws_vpc" "eu" {
  region = "eu-west-1"
}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{19, 1}, end: [2]int{19, 24},
				sentence: "eu-west-1 lacks database, present in us-west-2: aws_dynamodb_table.orders."}},
		},
		{
			name: "a region named in regions that hosts nothing, at its provider block",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
data "aws_caller_identity" "secondary" {
  provider = aws.secondary
}
`},
			regions: []string{"us-east-1", "us-west-2"},
			want:    []multiRegionWant{withSentence(secondaryAnchor, "us-west-2 (provider aws.secondary) is named in the plugin's regions setting but hosts none of vpc, subnets, routing, internet_gateway, nat, security_groups, compute, database, object_storage, load_balancing, present in us-east-1: aws_vpc.primary, aws_subnet.primary, aws_route_table.primary, aws_internet_gateway.primary, aws_nat_gateway.primary, aws_security_group.primary, aws_instance.primary, aws_db_instance.primary, aws_s3_bucket.primary, aws_lb.primary.")},
		},
		{
			name: "a region named in regions without a provider block, at the first provider block",
			files: map[string]string{"main.tf": `
terraform {
  required_version = ">= 1.5"
}
provider "aws" {
  region = "us-east-1"
}
resource "aws_vpc" "primary" {}
`},
			regions: []string{"us-east-1", "eu-central-1"},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{5, 1}, end: [2]int{5, 15},
				sentence: "eu-central-1 is named in the plugin's regions setting but hosts none of vpc, present in us-east-1: aws_vpc.primary."}},
		},
		{
			name: "a region named in regions with only a backend, at the terraform block",
			files: map[string]string{"main.tf": `
resource "aws_vpc" "primary" {
  region = "us-east-1"
}
terraform {
  backend "s3" {}
}
`},
			regions: []string{"us-east-1", "eu-central-1"},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{5, 1}, end: [2]int{5, 10},
				sentence: "eu-central-1 is named in the plugin's regions setting but hosts none of vpc, present in us-east-1: aws_vpc.primary."}},
		},
		{
			name: "a region named in regions may be the region whose name is unknown",
			files: map[string]string{"main.tf": `
variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
resource "aws_vpc" "primary" {}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
resource "aws_kms_key" "dnssec" {
  provider = aws.us_east_1
}
`},
			regions: []string{"us-east-1", "eu-central-1"},
		},
		{
			name: "one configured region elsewhere is not multi-region incompleteness",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-west-2"
}
resource "aws_vpc" "primary" {}
`},
			regions: []string{"us-east-1"},
		},
		{
			name: "a region whose name is unknown is judged by its provider",
			files: map[string]string{"main.tf": `
variable "dr_region" {
  type = string
}
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "dr" {
  provider = aws.dr
}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{8, 1}, end: [2]int{8, 15},
				sentence: "The region of provider aws.dr lacks subnets, present in us-east-1: aws_subnet.primary."}},
		},
		{
			name: "providers with the same unknown region expression are one region",
			files: map[string]string{"main.tf": `
variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "network"
  region = var.region
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_route_table" "transit" {
  provider = aws.network
}
`},
		},
		{
			name: "providers that take their region from the environment are one region",
			files: map[string]string{"main.tf": `
provider "aws" {}
provider "aws" {
  alias = "audit"
}
resource "aws_vpc" "primary" {}
resource "aws_security_group" "audit" {
  provider = aws.audit
}
`},
		},
		{
			name: "resources of an implicit provider configuration may be in any region",
			files: map[string]string{"main.tf": `
provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "dr" {
  provider = aws.dr
}
resource "aws_instance" "dr" {
  provider = aws.dr
}
resource "aws_vpc" "eu" {
  provider = aws.eu
}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{6, 1}, end: [2]int{6, 15},
				sentence: "eu-west-1 (provider aws.eu) lacks compute, present in us-west-2: aws_instance.dr."}},
		},
		{
			name: "providers with different unknown region expressions are different regions",
			files: map[string]string{"main.tf": `
variable "region" {
  type = string
}
variable "dr_region" {
  type = string
}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "dr" {
  provider = aws.dr
}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{11, 1}, end: [2]int{11, 15},
				sentence: "The region of provider aws.dr lacks subnets, present in the region of provider aws: aws_subnet.primary."}},
		},
		{
			name: "JSON configuration",
			files: map[string]string{"main.tf.json": `{
  "provider": {"aws": [{"region": "us-east-1"}, {"alias": "secondary", "region": "us-west-2"}]},
  "resource": {
    "aws_vpc": {"primary": {}, "secondary": {"provider": "aws.secondary"}},
    "aws_subnet": {"primary": {}}
  }
}`},
			want: []multiRegionWant{{file: "main.tf.json", start: [2]int{2, 82}, end: [2]int{2, 93},
				sentence: "us-west-2 (provider aws.secondary) lacks subnets, present in us-east-1: aws_subnet.primary."}},
		},
		{
			name: "an override file moves the alias into the primary region",
			files: map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
`, "providers_override.tf": `
provider "aws" {
  alias  = "secondary"
  region = "us-east-1"
}
`},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, dir := runMultiRegion(t, tc.files, tc.regions)
			assertMultiRegionIssues(t, dir, tc.want, got)
		})
	}
}

const multiRegionModule = `
variable "create_compute" {
  type    = bool
  default = true
}
resource "aws_vpc" "this" {}
resource "aws_subnet" "this" {}
resource "aws_instance" "this" {
  count = var.create_compute ? 1 : 0
}
`

func TestAwsMultiRegionIncompleteRuleModules(t *testing.T) {
	providers := `provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}
`
	cases := []struct {
		name    string
		files   map[string]string
		regions []string
		want    []multiRegionWant
	}{
		{
			name: "two calls of the same module are equally complete",
			files: map[string]string{"main.tf": providers + `
module "east" {
  source = "./modules/stack"
}
module "west" {
  source    = "./modules/stack"
  providers = { aws = aws.west }
}
`, "modules/stack/main.tf": multiRegionModule},
		},
		{
			name: "a third call without compute",
			files: map[string]string{"main.tf": providers + `
module "east" {
  source = "./modules/stack"
}
module "west" {
  source    = "./modules/stack"
  providers = { aws = aws.west }
}
module "eu" {
  source         = "./modules/stack"
  providers      = { aws = aws.eu }
  create_compute = false
}
`, "modules/stack/main.tf": multiRegionModule},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{8, 1}, end: [2]int{8, 15},
				sentence: "eu-west-1 (provider aws.eu) lacks compute, present in us-east-1: module.east.aws_instance.this."}},
		},
		{
			name: "a module with its own provider block, at the module block",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
module "legacy" {
  source = "./modules/legacy"
  region = "ap-southeast-2"
}
`, "modules/legacy/main.tf": `
variable "region" {}
provider "aws" {
  region = var.region
}
resource "aws_vpc" "this" {}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{7, 1}, end: [2]int{7, 16},
				sentence: "ap-southeast-2 lacks subnets, present in us-east-1: aws_subnet.primary."}},
		},
		{
			name: "a module's implicit default configuration is not a region of its own",
			files: map[string]string{"main.tf": `
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = "us-east-2"
}
module "replication" {
  source    = "./modules/replication"
  providers = { aws.primary = aws.primary, aws.dr = aws.dr }
}
resource "aws_vpc" "primary" {
  provider = aws.primary
}
resource "aws_vpc" "dr" {
  provider = aws.dr
}
`, "modules/replication/main.tf": `
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary, aws.dr]
    }
  }
}
resource "aws_s3_bucket" "source" {}
resource "aws_s3_bucket" "replica" {
  provider = aws.dr
}
`},
		},
		{
			name: "provider v6 modules with a null region argument use the provider's region",
			files: map[string]string{"main.tf": providers + `
module "east" {
  source = "./modules/v6"
}
module "west" {
  source    = "./modules/v6"
  providers = { aws = aws.west }
  subnets   = 0
}
module "eu" {
  source = "./modules/v6"
  region = "eu-west-1"
}
`, "modules/v6/main.tf": `
variable "region" {
  type    = string
  default = null
}
variable "subnets" {
  type    = number
  default = 2
}
resource "aws_vpc" "this" {
  region = var.region
}
resource "aws_subnet" "this" {
  count  = var.subnets
  region = var.region
}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{4, 1}, end: [2]int{4, 15},
				sentence: "us-west-2 (provider aws.west) lacks subnets, present in us-east-1: module.east.aws_subnet.this."}},
		},
		{
			name: "a call whose count is unknown does not make a region",
			files: map[string]string{"main.tf": providers + `
variable "enable_eu" {
  type = bool
}
module "east" {
  source = "./modules/stack"
}
module "eu" {
  source         = "./modules/stack"
  count          = var.enable_eu ? 1 : 0
  providers      = { aws = aws.eu }
  create_compute = false
}
`, "modules/stack/main.tf": multiRegionModule},
		},
		{
			name: "an opaque call mapped to the incomplete region silences it",
			files: map[string]string{"main.tf": providers + multiRegionStack("primary", "") + `
resource "aws_vpc" "west" {
  provider = aws.west
}
module "network" {
  source    = "terraform-aws-modules/vpc/aws"
  providers = { aws = aws.west }
}
`},
		},
		{
			name: "an opaque call naming the region in an argument silences it",
			files: map[string]string{"main.tf": providers + multiRegionStack("primary", "") + `
resource "aws_vpc" "west" {
  provider = aws.west
}
module "network" {
  source = "terraform-aws-modules/vpc/aws"
  region = "us-west-2"
}
`},
		},
		{
			name: "an opaque call with an unknown region argument silences every region",
			files: map[string]string{"main.tf": providers + multiRegionStack("primary", "") + `
variable "network_region" {
  type = string
}
resource "aws_vpc" "west" {
  provider = aws.west
}
module "network" {
  source = "terraform-aws-modules/vpc/aws"
  region = var.network_region
}
`},
		},
		{
			// terraform-aws-modules/s3-bucket passes the destination through
			// dynamic "rule" and "destination" blocks.
			name: "a replica bucket named through dynamic replication rules is a data replica",
			files: map[string]string{"main.tf": providers + `
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
module "replica" {
  source    = "./modules/bucket"
  providers = { aws = aws.west }
}
module "origin" {
  source = "./modules/bucket"
  replication_configuration = {
    rules = [{ destination = { bucket = module.replica.arn } }]
  }
}
`, "modules/bucket/main.tf": `
variable "replication_configuration" {
  type    = any
  default = {}
}
resource "aws_s3_bucket" "this" {}
resource "aws_s3_bucket_replication_configuration" "this" {
  count  = length(keys(var.replication_configuration)) > 0 ? 1 : 0
  bucket = aws_s3_bucket.this.id
  dynamic "rule" {
    for_each = flatten(try([var.replication_configuration["rule"]], [var.replication_configuration["rules"]], []))
    content {
      dynamic "destination" {
        for_each = try(flatten([rule.value.destination]), [])
        content {
          bucket = destination.value.bucket
        }
      }
    }
  }
}
output "arn" {
  value = try(aws_s3_bucket.this.arn, "")
}
`},
		},
		{
			name: "an opaque call in another region leaves the incomplete region judged",
			files: map[string]string{"main.tf": providers + `
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "west" {
  provider = aws.west
}
module "extras" {
  source = "git::https://example.com/extras.git"
  tags   = { Region = "primary" }
}
`},
			want: []multiRegionWant{{file: "main.tf", start: [2]int{4, 1}, end: [2]int{4, 15},
				sentence: "us-west-2 (provider aws.west) lacks subnets, present in us-east-1: aws_subnet.primary."}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, dir := runMultiRegion(t, tc.files, tc.regions)
			assertMultiRegionIssues(t, dir, tc.want, got)
		})
	}
}

func TestAwsMultiRegionIncompleteRuleGroupsConfig(t *testing.T) {
	main := multiRegionProviders + `
resource "aws_vpc" "primary" {}
resource "aws_sqs_queue" "primary" {}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_subnet" "primary" {}
`
	got, dir := runMultiRegion(t, map[string]string{"main.tf": main, ".tflint.hcl": `
rule "aws_multi_region_incomplete" {
  enabled = true
  groups = {
    network   = ["aws_vpc"]
    messaging = ["aws_sqs_queue", "aws_sns_topic"]
  }
}
`}, nil)
	assertMultiRegionIssues(t, dir, []multiRegionWant{{file: "main.tf", start: [2]int{4, 1}, end: [2]int{4, 15},
		sentence: "us-west-2 (provider aws.secondary) lacks messaging, present in us-east-1: aws_sqs_queue.primary."}}, got)

	for name, groups := range map[string]string{
		"an empty group":           `{ network = [] }`,
		"a type that is not AWS's": `{ network = ["google_compute_network"] }`,
		"not a map of lists":       `["aws_vpc"]`,
	} {
		t.Run(name, func(t *testing.T) {
			runner, _ := ruletest.ModuleRunner(t, map[string]string{"main.tf": main, ".tflint.hcl": `
rule "aws_multi_region_incomplete" {
  enabled = true
  groups  = ` + groups + `
}
`})
			err := NewAwsMultiRegionIncompleteRule().Check(runner)
			var cfgErr *ConfigError
			if !errors.As(err, &cfgErr) {
				t.Fatalf("want a ConfigError, got %v", err)
			}
		})
	}
}

func TestAwsMultiRegionIncompleteRuleChildModule(t *testing.T) {
	runner := ruletest.AsChild(helper.TestRunner(t, map[string]string{"main.tf": multiRegionProviders + multiRegionStack("primary", "") + `
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
`}))
	if err := NewAwsMultiRegionIncompleteRule().Check(runner); err != nil {
		t.Fatal(err)
	}
	if len(runner.Issues) > 0 {
		t.Errorf("a module call must not be judged: %v", runner.Issues)
	}
}
