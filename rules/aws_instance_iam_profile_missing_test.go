package rules

import (
	"path/filepath"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestAwsInstanceIAMProfileMissingRule(t *testing.T) {
	rule := NewAwsInstanceIAMProfileMissingRule()
	at := ruletest.Range
	instanceMsg := func(addr string) string {
		return addr + " sets no iam_instance_profile, so the instance runs without IAM role credentials and its software is pushed towards long-lived access keys. Attach an instance profile whose role grants only what the workload needs."
	}
	noneMsg := func(addr, none string) string {
		return addr + " sets iam_instance_profile to " + none + ", so the instance runs without IAM role credentials and its software is pushed towards long-lived access keys. Attach an instance profile whose role grants only what the workload needs."
	}
	namesNoneMsg := func(addr string) string {
		return addr + " has an iam_instance_profile block that names no profile (its arn and name are unset, null or empty), so instances launched from it run without IAM role credentials and their software is pushed towards long-lived access keys. Set its arn or name to a profile whose role grants only what the workload needs."
	}
	templateMsg := func(addr string) string {
		return addr + " has no iam_instance_profile, so instances launched from it run without IAM role credentials and their software is pushed towards long-lived access keys. Add an iam_instance_profile block (arn or name) whose role grants only what the workload needs."
	}

	tests := []struct {
		name  string
		files map[string]string
		want  helper.Issues
	}{
		{
			name: "a module linted on its own: a variable's null default is its callers' to set",
			files: map[string]string{"main.tf": `
variable "profile" {
  type    = string
  default = null
}
locals {
  profile = var.profile
}
resource "aws_instance" "bare" {
  ami = "ami-123"
}
resource "aws_instance" "from_variable" {
  iam_instance_profile = var.profile
}
resource "aws_instance" "through_local" {
  iam_instance_profile = local.profile
}
resource "aws_launch_template" "from_variable" {
  iam_instance_profile {
    name = var.profile
  }
}
resource "aws_instance" "null" {
  iam_instance_profile = null
}
resource "aws_launch_template" "optional_profile" {
  dynamic "iam_instance_profile" {
    for_each = var.profile != null ? [var.profile] : []
    content {
      name = iam_instance_profile.value
    }
  }
}
resource "aws_instance" "optional_template" {
  iam_instance_profile = var.profile
  dynamic "launch_template" {
    for_each = var.profile != null ? [var.profile] : []
    content {
      name = launch_template.value
    }
  }
}
`},
			want: helper.Issues{
				{Rule: rule, Message: instanceMsg("aws_instance.bare"), Range: at("main.tf", 9, 1, 9, 31)},
				{Rule: rule, Message: noneMsg("aws_instance.null", "null"), Range: at("main.tf", 24, 26, 24, 30)},
			},
		},
		{
			name: "instances with and without a profile",
			files: map[string]string{"main.tf": `
variable "profile" {
  type = string
}
variable "no_profile" {
  type    = string
  default = null
}
resource "aws_instance" "bare" {
  ami = "ami-123"
}
resource "aws_instance" "named" {
  iam_instance_profile = "app"
}
resource "aws_instance" "unknown" {
  iam_instance_profile = var.profile
}
resource "aws_instance" "null" {
  iam_instance_profile = null
}
resource "aws_instance" "empty" {
  iam_instance_profile = ""
}
resource "aws_instance" "null_var" {
  iam_instance_profile = var.no_profile
}
resource "aws_instance" "from_role" {
  iam_instance_profile = aws_iam_instance_profile.app.name
}
resource "aws_instance" "gone" {
  count = 0
}
terraform {
  backend "s3" {}
}
`},
			want: helper.Issues{
				{Rule: rule, Message: instanceMsg("aws_instance.bare"), Range: at("main.tf", 9, 1, 9, 31)},
				{Rule: rule, Message: noneMsg("aws_instance.null", "null"), Range: at("main.tf", 19, 26, 19, 30)},
				{Rule: rule, Message: noneMsg("aws_instance.empty", "an empty string"), Range: at("main.tf", 22, 26, 22, 28)},
				{Rule: rule, Message: noneMsg("aws_instance.null_var", "null"), Range: at("main.tf", 25, 26, 25, 40)},
			},
		},
		{
			name: "instances whose metadata service is switched off cannot use a profile",
			files: map[string]string{"main.tf": `
resource "aws_instance" "hybrid_node" {
  ami = "ami-123"
  metadata_options {
    http_endpoint = "disabled"
  }
}
resource "aws_instance" "imds_on" {
  ami = "ami-123"
  metadata_options {
    http_endpoint = "enabled"
  }
}
`},
			want: helper.Issues{
				{Rule: rule, Message: instanceMsg("aws_instance.imds_on"), Range: at("main.tf", 8, 1, 8, 34)},
			},
		},
		{
			name: "launch configurations and spot requests, aliases and per-resource region",
			files: map[string]string{"main.tf": `
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_launch_configuration" "lc" {
  image_id = "ami-123"
}
resource "aws_launch_configuration" "ok" {
  iam_instance_profile = "arn:aws:iam::123456789012:instance-profile/app"
}
resource "aws_spot_instance_request" "spot" {
  provider = aws.west
  region   = "eu-west-1"
}
`},
			want: helper.Issues{
				{Rule: rule, Message: "aws_launch_configuration.lc sets no iam_instance_profile, so its instances run without IAM role credentials and their software is pushed towards long-lived access keys. Attach an instance profile whose role grants only what the workload needs.", Range: at("main.tf", 6, 1, 6, 41)},
				{Rule: rule, Message: instanceMsg("aws_spot_instance_request.spot"), Range: at("main.tf", 12, 1, 12, 44)},
			},
		},
		{
			name: "an instance launched from a template defers to the template",
			files: map[string]string{"main.tf": `
variable "template_id" {
  type = string
}
resource "aws_launch_template" "with_profile" {
  iam_instance_profile {
    name = "app"
  }
}
resource "aws_launch_template" "without" {
  image_id = "ami-123"
}
resource "aws_instance" "a" {
  launch_template {
    id = aws_launch_template.with_profile.id
  }
}
resource "aws_instance" "b" {
  launch_template {
    name = aws_launch_template.without.name
  }
}
resource "aws_instance" "c" {
  launch_template {
    id = var.template_id
  }
}
resource "aws_instance" "d" {
  iam_instance_profile = ""
  launch_template {
    id = "lt-0123456789abcdef0"
  }
}
resource "aws_launch_template" "overridden" {}
resource "aws_instance" "e" {
  iam_instance_profile = "app"
  launch_template {
    id = aws_launch_template.overridden.id
  }
}
resource "aws_launch_template" "shared" {}
resource "aws_instance" "f" {
  iam_instance_profile = "app"
  launch_template {
    id = aws_launch_template.shared.id
  }
}
resource "aws_autoscaling_group" "shared" {
  launch_template {
    id = aws_launch_template.shared.id
  }
}
`},
			want: helper.Issues{
				{Rule: rule, Message: templateMsg("aws_launch_template.without"), Range: at("main.tf", 10, 1, 10, 41)},
				{Rule: rule, Message: templateMsg("aws_launch_template.shared"), Range: at("main.tf", 41, 1, 41, 40)},
			},
		},
		{
			name: "templates by what uses them",
			files: map[string]string{"main.tf": `
resource "aws_launch_template" "asg" {}
resource "aws_autoscaling_group" "asg" {
  min_size = 1
  max_size = 2
  launch_template {
    id      = aws_launch_template.asg.id
    version = "$Latest"
  }
}
resource "aws_launch_template" "mixed" {}
locals {
  mixed_id = aws_launch_template.mixed.id
}
resource "aws_autoscaling_group" "mixed" {
  min_size = 1
  max_size = 2
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = local.mixed_id
      }
    }
  }
}
resource "aws_launch_template" "fleet" {}
resource "aws_ec2_fleet" "fleet" {
  launch_template_config {
    launch_template_specification {
      launch_template_name = aws_launch_template.fleet.name
      version              = "$Latest"
    }
  }
}
resource "aws_launch_template" "eks" {}
resource "aws_eks_node_group" "eks" {
  cluster_name  = "main"
  node_role_arn = "arn:aws:iam::123456789012:role/nodes"
  launch_template {
    id      = aws_launch_template.eks.id
    version = aws_launch_template.eks.latest_version
  }
}
resource "aws_launch_template" "eks_by_name" {
  name = "eks-nodes"
}
resource "aws_eks_node_group" "by_name" {
  launch_template {
    name    = "eks-nodes"
    version = "1"
  }
}
resource "aws_launch_template" "batch" {}
resource "aws_batch_compute_environment" "batch" {
  type = "MANAGED"
  compute_resources {
    type          = "EC2"
    instance_role = "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole"
    max_vcpus     = 16
    subnets       = ["subnet-1"]
    launch_template {
      launch_template_id = aws_launch_template.batch.id
    }
  }
}
resource "aws_launch_template" "exported" {}
output "template_id" {
  value = aws_launch_template.exported.id
}
resource "aws_launch_template" "handed_to_module" {}
module "nodes" {
  source      = "terraform-aws-modules/eks/aws//modules/eks-managed-node-group"
  template_id = aws_launch_template.handed_to_module.id
}
resource "aws_launch_template" "unused" {}
resource "aws_launch_template" "gone" {
  count = 0
}
`},
			want: helper.Issues{
				{Rule: rule, Message: templateMsg("aws_launch_template.asg"), Range: at("main.tf", 2, 1, 2, 37)},
				{Rule: rule, Message: templateMsg("aws_launch_template.mixed"), Range: at("main.tf", 11, 1, 11, 39)},
				{Rule: rule, Message: templateMsg("aws_launch_template.fleet"), Range: at("main.tf", 26, 1, 26, 39)},
				{Rule: rule, Message: templateMsg("aws_launch_template.unused"), Range: at("main.tf", 75, 1, 75, 40)},
			},
		},
		{
			name: "template profile blocks: static, empty, dynamic, unknown",
			files: map[string]string{"main.tf": `
variable "profiles" {
  type = list(string)
}
variable "arn" {
  type = string
}
resource "aws_launch_template" "empty_block" {
  iam_instance_profile {}
}
resource "aws_launch_template" "empty_name" {
  iam_instance_profile {
    name = ""
  }
}
resource "aws_launch_template" "dynamic" {
  dynamic "iam_instance_profile" {
    for_each = var.profiles
    content {
      name = iam_instance_profile.value
    }
  }
}
resource "aws_launch_template" "unknown" {
  iam_instance_profile {
    arn = var.arn
  }
}
`},
			want: helper.Issues{
				{Rule: rule, Message: namesNoneMsg("aws_launch_template.empty_block"), Range: at("main.tf", 9, 3, 9, 23)},
				{Rule: rule, Message: namesNoneMsg("aws_launch_template.empty_name"), Range: at("main.tf", 12, 3, 12, 23)},
			},
		},
		{
			name: "dynamic profile blocks count by their for_each",
			files: map[string]string{"main.tf": `
variable "profile_name" {
  type    = string
  default = null
}
resource "aws_launch_template" "none" {
  dynamic "iam_instance_profile" {
    for_each = var.profile_name != null ? [var.profile_name] : []
    content {
      name = iam_instance_profile.value
    }
  }
}
resource "aws_launch_template" "one" {
  dynamic "iam_instance_profile" {
    for_each = ["app"]
    content {
      name = iam_instance_profile.value
    }
  }
}
terraform {
  backend "s3" {}
}
`},
			want: helper.Issues{
				{Rule: rule, Message: templateMsg("aws_launch_template.none"), Range: at("main.tf", 8, 16, 8, 66)},
			},
		},
		{
			name: "an instance whose dynamic launch_template generates none has no template",
			files: map[string]string{"main.tf": `
variable "launch_template" {
  type    = map(string)
  default = null
}
variable "unknown_template" {
  type = map(string)
}
resource "aws_launch_template" "with_profile" {
  iam_instance_profile {
    name = "app"
  }
}
resource "aws_instance" "none" {
  dynamic "launch_template" {
    for_each = var.launch_template != null ? [var.launch_template] : []
    content {
      id = launch_template.value.id
    }
  }
}
resource "aws_instance" "unknown" {
  dynamic "launch_template" {
    for_each = var.unknown_template != null ? [var.unknown_template] : []
    content {
      id = launch_template.value.id
    }
  }
}
resource "aws_instance" "iterated" {
  dynamic "launch_template" {
    for_each = [aws_launch_template.with_profile.id]
    content {
      id = launch_template.value
    }
  }
}
terraform {
  backend "s3" {}
}
`},
			want: helper.Issues{
				{Rule: rule, Message: instanceMsg("aws_instance.none"), Range: at("main.tf", 14, 1, 14, 31)},
			},
		},
		{
			name: "templates used through the consumer's for_each",
			files: map[string]string{"main.tf": `
resource "aws_launch_template" "ng" {
  for_each = toset(["general", "gpu"])
  name     = "ng-${each.key}"
}
resource "aws_eks_node_group" "ng" {
  for_each = aws_launch_template.ng
  launch_template {
    id      = each.value.id
    version = each.value.latest_version
  }
}
resource "aws_launch_template" "by_value" {}
resource "aws_eks_node_group" "by_value" {
  for_each = { a = aws_launch_template.by_value.id }
  launch_template {
    id      = each.value
    version = "$Latest"
  }
}
resource "aws_launch_template" "by_key" {
  name = "by-key"
}
resource "aws_batch_compute_environment" "by_key" {
  for_each = toset([aws_launch_template.by_key.name])
  compute_resources {
    launch_template {
      launch_template_name = each.key
    }
  }
}
resource "aws_launch_template" "iterated" {}
resource "aws_eks_node_group" "iterated" {
  dynamic "launch_template" {
    for_each = { a = aws_launch_template.iterated.id }
    content {
      id      = launch_template.value
      version = "$Latest"
    }
  }
}
resource "aws_launch_template" "shared" {}
resource "aws_instance" "shared" {
  iam_instance_profile = "app"
  launch_template {
    id = aws_launch_template.shared.id
  }
}
resource "aws_autoscaling_group" "shared" {
  for_each = { a = aws_launch_template.shared }
  launch_template {
    id = each.value.id
  }
}
`},
			want: helper.Issues{
				{Rule: rule, Message: templateMsg("aws_launch_template.shared"), Range: at("main.tf", 42, 1, 42, 40)},
			},
		},
		{
			name: "templates named by name match only in the consumer's region",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
variable "region" {
  type = string
}
locals {
  name = "workers"
}
resource "aws_launch_template" "east" {
  name = local.name
}
resource "aws_launch_template" "west" {
  provider = aws.west
  name     = local.name
}
resource "aws_launch_template" "eu" {
  region = "eu-west-1"
  name   = local.name
}
resource "aws_launch_template" "somewhere" {
  region = var.region
  name   = "shared"
}
resource "aws_launch_template" "shared" {
  name = "shared"
}
resource "aws_eks_node_group" "east" {
  launch_template {
    name    = local.name
    version = "$Latest"
  }
}
resource "aws_eks_node_group" "west" {
  provider = aws.west
  launch_template {
    name    = local.name
    version = "$Latest"
  }
}
resource "aws_autoscaling_group" "eu" {
  region = "eu-west-1"
  launch_template {
    name = local.name
  }
}
resource "aws_eks_node_group" "shared" {
  launch_template {
    name    = "shared"
    version = "$Latest"
  }
}
`},
			want: helper.Issues{
				{Rule: rule, Message: templateMsg("aws_launch_template.eu"), Range: at("main.tf", 22, 1, 22, 36)},
			},
		},
		{
			name: "ignore_changes hands the profile to something outside Terraform",
			files: map[string]string{"main.tf": `
resource "aws_instance" "ignored" {
  lifecycle {
    ignore_changes = [iam_instance_profile]
  }
}
resource "aws_instance" "all" {
  lifecycle {
    ignore_changes = all
  }
}
resource "aws_instance" "other" {
  lifecycle {
    ignore_changes = [tags]
  }
}
resource "aws_launch_configuration" "legacy" {
  lifecycle {
    ignore_changes = ["iam_instance_profile"]
  }
}
resource "aws_launch_template" "for_ignored" {}
resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.for_ignored.id
  }
  lifecycle {
    ignore_changes = [iam_instance_profile]
  }
}
`},
			want: helper.Issues{
				{Rule: rule, Message: instanceMsg("aws_instance.other"), Range: at("main.tf", 12, 1, 12, 32)},
			},
		},
		{
			name: "override files",
			files: map[string]string{
				"main.tf": `
resource "aws_instance" "a" {
  ami = "ami-123"
}
resource "aws_instance" "b" {
  iam_instance_profile = "app"
}
`,
				"override.tf": `
resource "aws_instance" "a" {
  iam_instance_profile = "app"
}
resource "aws_instance" "b" {
  iam_instance_profile = ""
}
`,
			},
			want: helper.Issues{
				{Rule: rule, Message: noneMsg("aws_instance.b", "an empty string"), Range: at("override.tf", 6, 26, 6, 28)},
			},
		},
		{
			name: "JSON syntax",
			files: map[string]string{"main.tf.json": `{
  "resource": {
    "aws_launch_template": {
      "with_profile": {"iam_instance_profile": {"name": "app"}},
      "without": {"image_id": "ami-123"},
      "empty_name": {"iam_instance_profile": {"name": ""}},
      "empty_block": {"iam_instance_profile": {}},
      "null_arn": {"iam_instance_profile": [{"arn": null}]},
      "unknown": {"iam_instance_profile": [{"arn": "${var.profile_arn}"}]}
    },
    "aws_instance": {
      "bare": {"ami": "ami-123"},
      "empty": {"iam_instance_profile": ""},
      "templated": {"launch_template": {"id": "${aws_launch_template.with_profile.id}"}}
    }
  }
}`},
			want: helper.Issues{
				{Rule: rule, Message: templateMsg("aws_launch_template.without"), Range: at("main.tf.json", 5, 18, 5, 19)},
				{Rule: rule, Message: namesNoneMsg("aws_launch_template.empty_name"), Range: at("main.tf.json", 6, 21, 6, 22)},
				{Rule: rule, Message: namesNoneMsg("aws_launch_template.empty_block"), Range: at("main.tf.json", 7, 22, 7, 23)},
				{Rule: rule, Message: namesNoneMsg("aws_launch_template.null_arn"), Range: at("main.tf.json", 8, 19, 8, 20)},
				{Rule: rule, Message: instanceMsg("aws_instance.bare"), Range: at("main.tf.json", 12, 15, 12, 16)},
				{Rule: rule, Message: noneMsg("aws_instance.empty", "an empty string"), Range: at("main.tf.json", 13, 41, 13, 43)},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runner := helper.TestRunner(t, tc.files)
			if err := rule.Check(runner); err != nil {
				t.Fatal(err)
			}
			helper.AssertIssues(t, tc.want, runner.Issues)
		})
	}
}

func TestAwsInstanceIAMProfileMissingRuleModules(t *testing.T) {
	rule := NewAwsInstanceIAMProfileMissingRule()
	runner, dir := ruletest.ModuleRunner(t, map[string]string{
		"main.tf": `
module "templates" {
  source = "./templates"
}
module "nodes" {
  source      = "./nodes"
  template_id = aws_launch_template.nodes.id
}
resource "aws_launch_template" "nodes" {}
resource "aws_instance" "from_bare" {
  launch_template {
    id = module.templates.bare_id
  }
}
resource "aws_instance" "from_profiled" {
  launch_template {
    id = module.templates.profiled_id
  }
}
resource "aws_instance" "through_for_each" {
  for_each = { a = module.templates.bare_id }
  launch_template {
    id = each.value
  }
}
`,
		"templates/main.tf": `
resource "aws_launch_template" "bare" {}
resource "aws_launch_template" "profiled" {
  iam_instance_profile {
    name = "app"
  }
}
output "bare_id" {
  value = aws_launch_template.bare.id
}
output "profiled_id" {
  value = aws_launch_template.profiled.id
}
`,
		"nodes/main.tf": `
variable "template_id" {}
resource "aws_eks_node_group" "this" {
  launch_template {
    id      = var.template_id
    version = "1"
  }
}
`,
	})
	if err := rule.Check(runner); err != nil {
		t.Fatal(err)
	}
	viaBare := func(addr string) string {
		return addr + " sets no iam_instance_profile and its launch template module.templates.aws_launch_template.bare has none either, so the instance runs without IAM role credentials and its software is pushed towards long-lived access keys. Attach an instance profile whose role grants only what the workload needs."
	}
	main := filepath.Join(dir, "main.tf")
	helper.AssertIssues(t, helper.Issues{
		{Rule: rule, Message: viaBare("aws_instance.from_bare"), Range: ruletest.Range(main, 10, 1, 10, 36)},
		{Rule: rule, Message: viaBare("aws_instance.through_for_each"), Range: ruletest.Range(main, 20, 1, 20, 43)},
	}, runner.Issues)
}

func TestAwsInstanceIAMProfileMissingRuleModuleCall(t *testing.T) {
	rule := NewAwsInstanceIAMProfileMissingRule()
	runner := helper.TestRunner(t, map[string]string{"main.tf": `
resource "aws_instance" "this" {
  iam_instance_profile = null
}
`})
	if err := rule.Check(ruletest.AsChild(runner)); err != nil {
		t.Fatal(err)
	}
	helper.AssertIssues(t, helper.Issues{{
		Rule:    rule,
		Message: "module.child.aws_instance.this sets iam_instance_profile to null, so the instance runs without IAM role credentials and its software is pushed towards long-lived access keys. Attach an instance profile whose role grants only what the workload needs.",
		Range:   ruletest.Range("main.tf", 3, 26, 3, 30),
	}}, runner.Issues)
}
