package rules

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

const tagsTestProvider = `
provider "aws" {
  region = "us-east-1"
}
`

func tagsTestMsg(addr, provider string, missing ...string) string {
	parts := strings.Split(addr, ".")
	return tagsMessage(addr, parts[len(parts)-2], provider, missing)
}

// tagsExpected is an issue with its range in a root file of the test directory.
type tagsExpected struct {
	message        string
	file           string
	l1, c1, l2, c2 int
}

func TestAwsResourceTagsRequiredRule(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []tagsExpected
	}{
		{
			name: "no tags at all",
			files: map[string]string{"main.tf": tagsTestProvider + `
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}`},
			want: []tagsExpected{{tagsTestMsg("aws_s3_bucket.logs", "aws", "Environment", "Owner"), "main.tf", 6, 1, 6, 32}},
		},
		{
			name: "an unknown value that no map it merges gives the key",
			files: map[string]string{"main.tf": tagsTestProvider + `
variable "name" {
  type = string
}
variable "extra" {
  type = map(string)
}
locals {
  common = { Environment = "prod" }
}
resource "aws_s3_bucket" "named" {
  tags = merge(local.common, var.name != "" ? { Name = var.name } : {})
}
resource "aws_s3_bucket" "either" {
  tags = var.name != "" ? { Owner = "a", Environment = "b" } : local.common
}
resource "aws_s3_bucket" "extra" {
  tags = merge(local.common, var.extra)
}
resource "aws_s3_bucket" "computed_key" {
  tags = merge(local.common, { (var.name) = "x" })
}
`},
			want: []tagsExpected{{tagsTestMsg("aws_s3_bucket.named", "aws", "Owner"), "main.tf", 16, 10, 16, 72}},
		},
		{
			name: "keys the provider's ignore_tags leaves to something outside Terraform count as present",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
  ignore_tags {
    keys         = ["Owner"]
    key_prefixes = ["Env"]
  }
}
resource "aws_s3_bucket" "managed_elsewhere" {}
`},
		},
		{
			name: "ignore_tags for other keys changes nothing; unknown ignore_tags gives no verdict",
			files: map[string]string{"main.tf": `
variable "ignored" {
  type = list(string)
}
provider "aws" {
  region = "us-east-1"
  ignore_tags {
    keys = ["CostCenter"]
  }
}
provider "aws" {
  alias  = "unknown"
  region = "us-east-1"
  ignore_tags {
    keys = var.ignored
  }
}
resource "aws_s3_bucket" "a" {}
resource "aws_s3_bucket" "b" {
  provider = aws.unknown
}
`},
			want: []tagsExpected{{tagsTestMsg("aws_s3_bucket.a", "aws", "Environment", "Owner"), "main.tf", 18, 1, 18, 29}},
		},
		{
			name: "an Auto Scaling group of a module linted on its own takes its tags from the caller",
			files: map[string]string{"main.tf": `
variable "tags" {
  type    = map(string)
  default = {}
}
resource "aws_autoscaling_group" "this" {
  min_size = 1
  max_size = 1
  dynamic "tag" {
    for_each = var.tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
`},
		},
		{
			name: "literal tags missing one key, reported at the tags expression",
			files: map[string]string{"main.tf": tagsTestProvider + `
resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", owner = "lower-case key does not count" }
}`},
			want: []tagsExpected{{tagsTestMsg("aws_sqs_queue.q", "aws", "Owner"), "main.tf", 7, 10, 7, 75}},
		},
		{
			name: "complete literal tags",
			files: map[string]string{"main.tf": tagsTestProvider + `
resource "aws_sqs_queue" "q" {
  tags = {
    Environment = "prod"
    Owner       = ""
  }
}`},
		},
		{
			name: "default_tags and own tags together",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { Environment = "prod" }
  }
}
resource "aws_sqs_queue" "own" {
  tags = { Owner = "team" }
}
resource "aws_sqs_queue" "none" {}
`},
			want: []tagsExpected{{tagsTestMsg("aws_sqs_queue.none", "aws", "Owner"), "main.tf", 11, 1, 11, 32}},
		},
		{
			name: "merge with a local",
			files: map[string]string{"main.tf": tagsTestProvider + `
locals {
  common = { Environment = "prod", Owner = "team" }
  partial = { Environment = "prod" }
}
resource "aws_sqs_queue" "full" {
  tags = merge(local.common, { Name = "full" })
}
resource "aws_sqs_queue" "partial" {
  tags = merge(local.partial, { Name = "partial" })
}`},
			want: []tagsExpected{{tagsTestMsg("aws_sqs_queue.partial", "aws", "Owner"), "main.tf", 14, 10, 14, 52}},
		},
		{
			name: "tags in .tf.json",
			files: map[string]string{
				"main.tf": tagsTestProvider,
				"extra.tf.json": `{"resource": {"aws_sns_topic": {
  "full": {"tags": {"Environment": "prod", "Owner": "team"}},
  "partial": {"tags": {"Environment": "prod"}},
  "merged": {"tags": "${merge(local.env, {Owner = \"team\"})}"}
}}, "locals": {"env": {"Environment": "prod"}}}`,
			},
			want: []tagsExpected{{tagsTestMsg("aws_sns_topic.partial", "aws", "Owner"), "extra.tf.json", 3, 23, 3, 46}},
		},
		{
			name: "for_each resource merging variable tags with each.key",
			files: map[string]string{"main.tf": tagsTestProvider + `
variable "tags" {
  default = { Environment = "prod", Owner = "team" }
}
variable "partial" {
  default = { Environment = "prod" }
}
resource "aws_sqs_queue" "full" {
  for_each = toset(["a", "b"])
  tags     = merge(var.tags, { Name = each.key })
}
resource "aws_sqs_queue" "partial" {
  for_each = toset(["a", "b"])
  tags     = merge(var.partial, { Name = each.key })
}`},
			want: []tagsExpected{{tagsTestMsg("aws_sqs_queue.partial", "aws", "Owner"), "main.tf", 18, 14, 18, 53}},
		},
		{
			name: "unknown tags give no verdict",
			files: map[string]string{"main.tf": `
variable "tags" {
  type = map(string)
}
variable "default_tags" {
  type = map(string)
}
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias = "unknown"
  default_tags {
    tags = var.default_tags
  }
}
resource "aws_sqs_queue" "var" {
  tags = var.tags
}
resource "aws_sqs_queue" "merged" {
  tags = merge(var.tags, { Name = "x" })
}
resource "aws_sqs_queue" "each" {
  for_each = var.tags
  tags     = each.value
}
resource "aws_sqs_queue" "attr" {
  tags = aws_sqs_queue.var.tags
}
resource "aws_sqs_queue" "unknown_defaults" {
  provider = aws.unknown
}
resource "aws_sqs_queue" "undeclared_alias" {
  provider = aws.nowhere
}
resource "aws_sqs_queue" "unknown_function" {
  tags = merge(jsondecode(file("tags.json")), { Name = "x" })
}`},
		},
		{
			name: "known keys with unknown values still give a verdict",
			files: map[string]string{"main.tf": tagsTestProvider + `
variable "owner" {
  type = string
}
resource "aws_sqs_queue" "ok" {
  tags = { Environment = data.aws_default_tags.x.tags["Environment"], Owner = var.owner }
}
resource "aws_sqs_queue" "missing" {
  tags = { Environment = var.owner }
}`},
			want: []tagsExpected{{tagsTestMsg("aws_sqs_queue.missing", "aws", "Owner"), "main.tf", 13, 10, 13, 37}},
		},
		{
			name: "a null tag value does not count, and does not remove a default tag",
			files: map[string]string{"main.tf": `
provider "aws" {
  default_tags {
    tags = { Environment = "prod", Owner = null }
  }
}
resource "aws_sqs_queue" "null_own" {
  tags = { Owner = null }
}
resource "aws_sqs_queue" "null_tags" {
  tags = null
}
resource "aws_sqs_queue" "set" {
  tags = { Owner = "team" }
}`},
			want: []tagsExpected{
				{tagsTestMsg("aws_sqs_queue.null_own", "aws", "Owner"), "main.tf", 8, 10, 8, 26},
				{tagsTestMsg("aws_sqs_queue.null_tags", "aws", "Owner"), "main.tf", 11, 10, 11, 14},
			},
		},
		{
			name: "resources that do not exist or are out of scope",
			files: map[string]string{"main.tf": tagsTestProvider + `
resource "aws_sqs_queue" "zero" {
  count = 0
}
resource "aws_sqs_queue" "empty" {
  for_each = {}
}
resource "aws_route_table_association" "a" {}
resource "aws_security_group_rule" "r" {}
resource "aws_kms_alias" "a" {}
resource "aws_autoscaling_group_tag" "t" {
  autoscaling_group_name = "external"
  tag {
    key                 = "x"
    value               = "y"
    propagate_at_launch = true
  }
}
resource "aws_inspector_resource_group" "selector" {
  tags = { Role = "web" }
}
resource "google_storage_bucket" "b" {}
data "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_instance" "web" {
  tags        = { Environment = "prod", Owner = "team" }
  volume_tags = { Name = "not the instance's own tags" }
  root_block_device {
    tags = {}
  }
}`},
		},
		{
			name: "aliased provider with default_tags passed to a module",
			files: map[string]string{
				"main.tf": `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "tagged"
  region = "us-west-2"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}
module "tagged" {
  source    = "./modules/queue"
  providers = { aws = aws.tagged }
}
module "untagged" {
  source = "./modules/queue"
}
resource "aws_sqs_queue" "tagged" {
  provider = aws.tagged
}`,
				"modules/queue/main.tf": `
resource "aws_sqs_queue" "this" {
  tags = { Name = "q" }
}
resource "aws_sns_topic" "this" {}
`,
			},
			want: []tagsExpected{
				{tagsTestMsg("module.untagged.aws_sqs_queue.this", "aws", "Environment", "Owner"), "main.tf", 16, 1, 16, 18},
				{tagsTestMsg("module.untagged.aws_sns_topic.this", "aws", "Environment", "Owner"), "main.tf", 16, 1, 16, 18},
			},
		},
		{
			name: "module arguments, nested modules, count = 0 and unreadable modules",
			files: map[string]string{
				"main.tf": tagsTestProvider + `
locals {
  tags = { Environment = "prod", Owner = "team" }
}
module "app" {
  source = "./modules/app"
  tags   = local.tags
}
module "partial" {
  source = "./modules/app"
  tags   = { Environment = "prod" }
}
module "off" {
  source = "./modules/app"
  count  = 0
}
module "registry" {
  source = "terraform-aws-modules/s3-bucket/aws"
}`,
				"modules/app/main.tf": `
variable "tags" {
  default = {}
}
resource "aws_sqs_queue" "this" {
  tags = var.tags
}
module "inner" {
  source = "../inner"
  tags   = var.tags
}`,
				"modules/inner/main.tf": `
variable "tags" {
  type = map(string)
}
resource "aws_sns_topic" "this" {
  tags = merge(var.tags, { Name = "inner" })
}`,
			},
			want: []tagsExpected{
				{tagsTestMsg("module.partial.aws_sqs_queue.this", "aws", "Owner"), "main.tf", 13, 1, 13, 17},
				{tagsTestMsg("module.partial.module.inner.aws_sns_topic.this", "aws", "Owner"), "main.tf", 13, 1, 13, 17},
			},
		},
		{
			name: "a child module's own provider block",
			files: map[string]string{
				"main.tf": tagsTestProvider + `
module "legacy" {
  source = "./modules/legacy"
}`,
				"modules/legacy/main.tf": `
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { Environment = "prod" }
  }
}
resource "aws_sqs_queue" "this" {}
`,
			},
			want: []tagsExpected{{tagsTestMsg("module.legacy.aws_sqs_queue.this", "module.legacy.aws", "Owner"), "main.tf", 6, 1, 6, 16}},
		},
		{
			name: "per-resource region keeps the provider's default_tags",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}
resource "aws_sqs_queue" "eu" {
  region = "eu-west-1"
}`},
		},
		{
			name: "override files replace tags",
			files: map[string]string{
				"main.tf": tagsTestProvider + `
resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", Owner = "team" }
}`,
				"main_override.tf": `
resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod" }
}`,
			},
			want: []tagsExpected{{tagsTestMsg("aws_sqs_queue.q", "aws", "Owner"), "main_override.tf", 3, 10, 3, 34}},
		},
		{
			name: "dynamic default_tags give no verdict",
			files: map[string]string{"main.tf": `
provider "aws" {
  dynamic "default_tags" {
    for_each = [1]
    content {
      tags = { Environment = "prod", Owner = "team" }
    }
  }
}
resource "aws_sqs_queue" "dyn" {}
`},
		},
		{
			name: "a module linted on its own gets default_tags from its caller",
			files: map[string]string{"main.tf": `
variable "tags" {
  default = {}
}
resource "aws_sqs_queue" "q" {
  tags = var.tags
}
resource "aws_sns_topic" "t" {
  tags = { Environment = "x", Owner = "y" }
}`},
		},
		{
			name: "a configuration root with a backend and no provider block has no default_tags",
			files: map[string]string{"main.tf": `
terraform {
  backend "s3" {}
}
resource "aws_sqs_queue" "q" {}
`},
			want: []tagsExpected{{tagsTestMsg("aws_sqs_queue.q", "aws", "Environment", "Owner"), "main.tf", 5, 1, 5, 29}},
		},
		{
			name: "Auto Scaling groups take tag blocks, not default_tags",
			files: map[string]string{"main.tf": `
provider "aws" {
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}
locals {
  asg_tags = { Environment = "prod", Owner = "team" }
  asg_list = [{ key = "Environment", value = "prod" }]
}
resource "aws_autoscaling_group" "bare" {
  max_size = 1
}
resource "aws_autoscaling_group" "blocks" {
  tag {
    key                 = "Environment"
    value               = "prod"
    propagate_at_launch = true
  }
  tag {
    key                 = "Owner"
    value               = "team"
    propagate_at_launch = true
  }
}
resource "aws_autoscaling_group" "dynamic_map" {
  dynamic "tag" {
    for_each = local.asg_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
resource "aws_autoscaling_group" "dynamic_list" {
  dynamic "tag" {
    for_each = local.asg_list
    iterator = t
    content {
      key                 = t.value.key
      value               = t.value.value
      propagate_at_launch = true
    }
  }
}
resource "aws_autoscaling_group" "dynamic_unknown" {
  dynamic "tag" {
    for_each = data.aws_default_tags.current.tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
resource "aws_autoscaling_group" "helper" {
  tag {
    key                 = "Environment"
    value               = "prod"
    propagate_at_launch = true
  }
}
resource "aws_autoscaling_group_tag" "owner" {
  autoscaling_group_name = aws_autoscaling_group.helper.name
  tag {
    key                 = "Owner"
    value               = "team"
    propagate_at_launch = true
  }
}
resource "aws_autoscaling_group" "helper_for_each" {}
resource "aws_autoscaling_group_tag" "many" {
  for_each               = var.asg_tags
  autoscaling_group_name = aws_autoscaling_group.helper_for_each.name
  tag {
    key                 = each.key
    value               = each.value
    propagate_at_launch = true
  }
}
variable "asg_tags" {
  type = map(string)
}
resource "aws_autoscaling_group" "unknown_key" {
  tag {
    key                 = var.asg_tags["key"]
    value               = "x"
    propagate_at_launch = true
  }
}
resource "aws_autoscaling_group" "legacy_tags_argument" {
  tags = [{ key = "Environment", value = "prod", propagate_at_launch = true }]
}`},
			want: []tagsExpected{
				{tagsTestMsg("aws_autoscaling_group.bare", "aws", "Environment", "Owner"), "main.tf", 11, 1, 11, 40},
				{tagsTestMsg("aws_autoscaling_group.dynamic_list", "aws", "Owner"), "main.tf", 36, 1, 36, 48},
			},
		},
		{
			name: "an Auto Scaling group tag helper that may target any group",
			files: map[string]string{"main.tf": tagsTestProvider + `
resource "aws_autoscaling_group" "bare" {}
resource "aws_autoscaling_group_tag" "by_name" {
  autoscaling_group_name = "bare"
  tag {
    key                 = "Owner"
    value               = "team"
    propagate_at_launch = true
  }
}`},
		},
		{
			name: "tags added by aws_ec2_tag and aws_ecs_tag",
			files: map[string]string{"main.tf": `
provider "aws" {
  default_tags {
    tags = { Environment = "prod" }
  }
}
variable "subnet_tags" {
  type = map(string)
}
resource "aws_vpc" "main" {}
resource "aws_ec2_tag" "vpc_owner" {
  resource_id = aws_vpc.main.id
  key         = "Owner"
  value       = "network"
}
resource "aws_subnet" "a" {}
resource "aws_ec2_tag" "subnet" {
  for_each    = var.subnet_tags
  resource_id = aws_subnet.a.id
  key         = each.key
  value       = each.value
}
resource "aws_eks_cluster" "x" {}
resource "aws_ec2_tag" "cluster_sg" {
  resource_id = aws_eks_cluster.x.vpc_config[0].cluster_security_group_id
  key         = "Owner"
  value       = "platform"
}
resource "aws_ec2_tag" "shared" {
  resource_id = "subnet-0123456789abcdef0"
  key         = "Owner"
  value       = "platform"
}
resource "aws_ecs_cluster" "c" {}
resource "aws_ecs_tag" "c" {
  resource_arn = aws_ecs_cluster.c.arn
  key          = "Owner"
  value        = "platform"
}`},
			want: []tagsExpected{{tagsTestMsg("aws_eks_cluster.x", "aws", "Owner"), "main.tf", 23, 1, 23, 31}},
		},
		{
			name: "configured tags",
			files: map[string]string{
				".tflint.hcl": `
rule "aws_resource_tags_required" {
  enabled = true
  tags    = ["CostCenter", "CostCenter"]
}`,
				"main.tf": tagsTestProvider + `
resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", Owner = "team" }
}`,
			},
			want: []tagsExpected{{tagsTestMsg("aws_sqs_queue.q", "aws", "CostCenter"), "main.tf", 7, 10, 7, 50}},
		},
		{
			name: "an empty list checks nothing",
			files: map[string]string{
				".tflint.hcl": `
rule "aws_resource_tags_required" {
  enabled = true
  tags    = []
}`,
				"main.tf": tagsTestProvider + `
resource "aws_sqs_queue" "q" {}
`,
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runner, dir := ruletest.ModuleRunner(t, tc.files)
			if err := NewAwsResourceTagsRequiredRule().Check(runner); err != nil {
				t.Fatal(err)
			}
			want := helper.Issues{}
			for _, w := range tc.want {
				want = append(want, &helper.Issue{
					Rule:    NewAwsResourceTagsRequiredRule(),
					Message: w.message,
					Range: hcl.Range{
						Filename: filepath.Join(dir, w.file),
						Start:    hcl.Pos{Line: w.l1, Column: w.c1},
						End:      hcl.Pos{Line: w.l2, Column: w.c2},
					},
				})
			}
			for _, got := range runner.Issues {
				t.Logf("got %s:%d.%d-%d.%d %s", filepath.Base(got.Range.Filename), got.Range.Start.Line, got.Range.Start.Column, got.Range.End.Line, got.Range.End.Column, got.Message)
			}
			helper.AssertIssues(t, want, runner.Issues)
		})
	}
}

func TestAwsResourceTagsRequiredRuleMessages(t *testing.T) {
	got := tagsTestMsg("module.a.aws_s3_bucket.b", "aws.west", "Environment", "Owner")
	want := `module.a.aws_s3_bucket.b is missing the required tags "Environment", "Owner": without them the resource cannot be attributed in cost allocation reports or matched by tag-based access and automation policies. Set them in its tags or in default_tags of its provider configuration (aws.west).`
	if got != want {
		t.Errorf("message = %s", got)
	}
	got = tagsTestMsg("aws_autoscaling_group.web", "aws", "Owner")
	want = `aws_autoscaling_group.web is missing the required tag "Owner": without it the resource cannot be attributed in cost allocation reports or matched by tag-based access and automation policies. Add a tag block for each; provider default_tags do not apply to Auto Scaling groups.`
	if got != want {
		t.Errorf("message = %s", got)
	}
}

// The AWS provider also takes default tags from TF_AWS_DEFAULT_TAGS_<key>
// environment variables, for every configuration but Auto Scaling groups.
func TestAwsResourceTagsRequiredRuleEnvironmentDefaultTags(t *testing.T) {
	t.Setenv("TF_AWS_DEFAULT_TAGS_Environment", "prod")
	runner, dir := ruletest.ModuleRunner(t, map[string]string{"main.tf": tagsTestProvider + `
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_sqs_queue" "q" {}
resource "aws_sqs_queue" "west" {
  provider = aws.west
  tags     = { Owner = "team" }
}
resource "aws_autoscaling_group" "web" {
  max_size = 1
  min_size = 1
  tag {
    key                 = "Owner"
    value               = "team"
    propagate_at_launch = true
  }
}
`})
	if err := NewAwsResourceTagsRequiredRule().Check(runner); err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(dir, "main.tf")
	helper.AssertIssues(t, helper.Issues{
		{Rule: NewAwsResourceTagsRequiredRule(), Message: tagsTestMsg("aws_sqs_queue.q", "aws", "Owner"), Range: hcl.Range{Filename: main, Start: hcl.Pos{Line: 10, Column: 1}, End: hcl.Pos{Line: 10, Column: 29}}},
		{Rule: NewAwsResourceTagsRequiredRule(), Message: tagsTestMsg("aws_autoscaling_group.web", "aws", "Environment"), Range: hcl.Range{Filename: main, Start: hcl.Pos{Line: 15, Column: 1}, End: hcl.Pos{Line: 15, Column: 39}}},
	}, runner.Issues)
}

func TestAwsResourceTagsRequiredRuleSilentInChildRunners(t *testing.T) {
	runner, _ := ruletest.ModuleRunner(t, map[string]string{"main.tf": tagsTestProvider + `
resource "aws_sqs_queue" "q" {}
`})
	if err := NewAwsResourceTagsRequiredRule().Check(ruletest.AsChild(runner)); err != nil {
		t.Fatal(err)
	}
	helper.AssertIssues(t, helper.Issues{}, runner.Issues)
}

func TestAwsResourceTagsRequiredRuleConfigErrors(t *testing.T) {
	for _, tags := range []string{`[1]`, `["Owner", true]`, `"Owner"`, `[""]`, `null`, `[["Owner"]]`, `{ Owner = "x" }`} {
		t.Run(tags, func(t *testing.T) {
			runner, _ := ruletest.ModuleRunner(t, map[string]string{
				".tflint.hcl": "rule \"aws_resource_tags_required\" {\n  enabled = true\n  tags = " + tags + "\n}\n",
				"main.tf":     tagsTestProvider + `resource "aws_sqs_queue" "q" {}`,
			})
			err := NewAwsResourceTagsRequiredRule().Check(runner)
			var cfgErr *ConfigError
			if !errors.As(err, &cfgErr) {
				t.Fatalf("want a ConfigError, got %v", err)
			}
			if len(runner.Issues) != 0 {
				t.Errorf("no issue expected with a bad rule block, got %d", len(runner.Issues))
			}
		})
	}
}
