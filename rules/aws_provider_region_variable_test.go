package rules

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

const (
	providerRegionHardCodedMsg = "The default aws provider hard-codes its region instead of taking it from var.aws_region, so the same code cannot be deployed to a second region without edits. Set region = var.aws_region."
	providerRegionEnvMsg       = "The default aws provider sets no region instead of taking it from var.aws_region, so the region comes from the environment of whoever runs Terraform (AWS_REGION or the profile) instead of the configuration's inputs. Set region = var.aws_region."
)

func TestAwsProviderRegionVariableRule(t *testing.T) {
	rule := NewAwsProviderRegionVariableRule()
	rng := ruletest.Range
	const declared = `
variable "aws_region" {
  type = string
}
`
	cases := []struct {
		name  string
		files map[string]string
		want  helper.Issues
	}{
		{
			name: "region from the variable",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  region = var.aws_region
}`},
		},
		{
			name: "hard-coded region",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  region = "us-east-1"
}`},
			want: helper.Issues{{Rule: rule, Message: providerRegionHardCodedMsg, Range: rng("main.tf", 7, 12, 7, 23)}},
		},
		{
			name: "a legacy module with configuration_aliases and its own provider block is called, not deployed",
			files: map[string]string{"main.tf": `
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
}`},
		},
		{
			name: "hard-coded region and no variable",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}`},
			want: helper.Issues{{Rule: rule,
				Message: `This root declares no variable "aws_region" and its default aws provider hard-codes its region, so the same code cannot be deployed to a second region without edits. Declare variable "aws_region" and set region = var.aws_region in the default aws provider block.`,
				Range:   rng("main.tf", 3, 12, 3, 23)}},
		},
		{
			name: "a local holding a literal",
			files: map[string]string{"main.tf": declared + `
locals {
  region = "eu-west-1"
}
provider "aws" {
  region = local.region
}`},
			want: helper.Issues{{Rule: rule, Message: providerRegionHardCodedMsg, Range: rng("main.tf", 10, 12, 10, 24)}},
		},
		{
			name: "a local built from the variable",
			files: map[string]string{"main.tf": declared + `
locals {
  settings = { region = var.aws_region }
  region   = local.settings.region
}
provider "aws" {
  region = local.region
}`},
		},
		{
			name: "a default kept in the expression",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  region = coalesce(var.aws_region, "us-east-1")
}`},
		},
		{
			name: "another variable",
			files: map[string]string{"main.tf": declared + `
variable "region" {
  default = "us-east-1"
}
locals {
  region = var.region
}
provider "aws" {
  region = local.region
}`},
			want: helper.Issues{{Rule: rule,
				Message: "The default aws provider takes its region from var.region instead of var.aws_region, so setting aws_region (-var or TF_VAR_aws_region) does not change where this root deploys. Set region = var.aws_region.",
				Range:   rng("main.tf", 13, 12, 13, 24)}},
		},
		{
			name: "workspace map",
			files: map[string]string{"main.tf": declared + `
locals {
  regions = { default = "us-east-1", prod = "eu-west-1" }
}
provider "aws" {
  region = local.regions[terraform.workspace]
}`},
			want: helper.Issues{{Rule: rule,
				Message: "The default aws provider picks its region by terraform.workspace from values written in the code instead of taking it from var.aws_region, so a new region means editing that code, and the region cannot be passed in as an input (-var, tfvars, CI variables). Set region = var.aws_region.",
				Range:   rng("main.tf", 10, 12, 10, 46)}},
		},
		{
			name: "no region argument",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  profile = "prod"
}`},
			want: helper.Issues{{Rule: rule, Message: providerRegionEnvMsg, Range: rng("main.tf", 6, 1, 6, 15)}},
		},
		{
			name: "null region",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  region = null
}`},
			want: helper.Issues{{Rule: rule, Message: providerRegionEnvMsg, Range: rng("main.tf", 7, 12, 7, 16)}},
		},
		{
			name: "the variable is referenced but not declared",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = var.aws_region
}`},
			want: helper.Issues{{Rule: rule,
				Message: `This root declares no variable "aws_region" and its default aws provider takes its region from var.aws_region, which Terraform rejects as a reference to an undeclared input variable. Declare variable "aws_region" and set region = var.aws_region in the default aws provider block.`,
				Range:   rng("main.tf", 3, 12, 3, 26)}},
		},
		{
			name: "region from a data source",
			files: map[string]string{"main.tf": declared + `
data "aws_ssm_parameter" "region" {
  name = "/platform/region"
}
provider "aws" {
  region = data.aws_ssm_parameter.region.value
}`},
		},
		{
			name: "a module without provider blocks",
			files: map[string]string{"main.tf": `
resource "aws_vpc" "this" {}
`},
		},
		{
			name: "a non-AWS provider only",
			files: map[string]string{"main.tf": `
provider "google" {
  region = "us-central1"
}`},
		},
		{
			name: "the default provider is checked, not the aliased ones",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  alias  = "replica"
  region = var.aws_region
}
provider "aws" {
  region = "us-east-1"
}`},
			want: helper.Issues{{Rule: rule, Message: providerRegionHardCodedMsg, Range: rng("main.tf", 11, 12, 11, 23)}},
		},
		{
			name: "aliased providers only, one takes the variable",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}
provider "aws" {
  alias  = "main"
  region = var.aws_region
}`},
		},
		{
			name: "aliased providers only, none takes the variable",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}
provider "aws" {
  alias  = "main"
  region = "eu-west-1"
}`},
			want: helper.Issues{{Rule: rule,
				Message: "No aws provider of this root takes its region from var.aws_region: there is no default aws provider and provider aws.edge hard-codes its region, so the same code cannot be deployed to a second region without edits. Set region = var.aws_region in a default aws provider block.",
				Range:   rng("main.tf", 8, 12, 8, 23)}},
		},
		{
			name: "aliased providers only: reported at the nearest miss",
			files: map[string]string{"main.tf": declared + `
provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}
provider "aws" {
  alias  = "main"
  region = var.region
}
variable "region" {}`},
			want: helper.Issues{{Rule: rule,
				Message: "No aws provider of this root takes its region from var.aws_region: there is no default aws provider and provider aws.main takes its region from var.region, so setting aws_region (-var or TF_VAR_aws_region) does not change where this root deploys. Set region = var.aws_region in a default aws provider block.",
				Range:   rng("main.tf", 12, 12, 12, 22)}},
		},
		{
			name: "aliased providers only, the variable used but not declared",
			files: map[string]string{"main.tf": `
data "aws_ssm_parameter" "edge_region" {
  name = "/edge/region"
}
provider "aws" {
  alias  = "edge"
  region = data.aws_ssm_parameter.edge_region.value
}
provider "aws" {
  alias  = "main"
  region = var.aws_region
}`},
			want: helper.Issues{{Rule: rule,
				Message: `This root declares neither variable "aws_region" nor a default aws provider, and provider aws.main takes its region from var.aws_region, which Terraform rejects as a reference to an undeclared input variable. Declare variable "aws_region" and set region = var.aws_region in a default aws provider block.`,
				Range:   rng("main.tf", 11, 12, 11, 26)}},
		},
		{
			name: "alias-only provider blocks declare what a module's caller passes",
			files: map[string]string{"main.tf": `
provider "aws" {
  alias = "peer"
}`},
		},
		{
			name: "aliased providers only and no variable",
			files: map[string]string{"main.tf": `
provider "aws" {
  alias = "edge"
}
terraform {
  backend "s3" {}
}`},
			want: helper.Issues{{Rule: rule,
				Message: `This root declares neither variable "aws_region" nor a default aws provider, and provider aws.edge sets no region, so the region comes from the environment of whoever runs Terraform (AWS_REGION or the profile) instead of the configuration's inputs. Declare variable "aws_region" and set region = var.aws_region in a default aws provider block.`,
				Range:   rng("main.tf", 2, 1, 2, 15)}},
		},
		{
			name: "JSON provider taking the variable, variable in JSON",
			files: map[string]string{
				"variables.tf.json": `{"variable": {"aws_region": {"type": "string"}}}`,
				"providers.tf.json": `{"provider": {"aws": {"region": "${var.aws_region}"}}}`,
			},
		},
		{
			name: "JSON provider with a literal region",
			files: map[string]string{
				"main.tf": declared,
				"providers.tf.json": `{
  "provider": {
    "aws": {
      "region": "us-east-1"
    }
  }
}`,
			},
			want: helper.Issues{{Rule: rule, Message: providerRegionHardCodedMsg, Range: rng("providers.tf.json", 4, 17, 4, 28)}},
		},
		{
			name: "configured variable name",
			files: map[string]string{
				".tflint.hcl": `
rule "aws_provider_region_variable" {
  enabled       = true
  variable_name = "region"
}`,
				"main.tf": `
variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}`,
			},
		},
		{
			name: "configured variable name, default name used",
			files: map[string]string{
				".tflint.hcl": `
rule "aws_provider_region_variable" {
  enabled       = true
  variable_name = "region"
}`,
				"main.tf": declared + `
provider "aws" {
  region = var.aws_region
}`,
			},
			want: helper.Issues{{Rule: rule,
				Message: `This root declares no variable "region" and its default aws provider takes its region from var.aws_region, so setting region (-var or TF_VAR_region) does not change where this root deploys. Declare variable "region" and set region = var.region in the default aws provider block.`,
				Range:   rng("main.tf", 7, 12, 7, 26)}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runner := helper.TestRunner(t, tc.files)
			if err := rule.Check(runner); err != nil {
				t.Fatal(err)
			}
			want := tc.want
			if want == nil {
				want = helper.Issues{}
			}
			helper.AssertIssues(t, want, runner.Issues)
		})
	}
}

func TestAwsProviderRegionVariableRuleModuleOutputs(t *testing.T) {
	rule := NewAwsProviderRegionVariableRule()
	cases := []struct {
		name  string
		files map[string]string
		fires bool
	}{
		{
			name: "a local module passes the variable back",
			files: map[string]string{
				"main.tf": `
variable "aws_region" {}
module "settings" {
  source = "./modules/settings"
  region = var.aws_region
}
provider "aws" {
  region = module.settings.region
}`,
				"modules/settings/main.tf": `
variable "region" {}
output "region" {
  value = var.region
}`,
			},
		},
		{
			name: "a local module returns a literal",
			files: map[string]string{
				"main.tf": `
variable "aws_region" {}
module "settings" {
  source = "./modules/settings"
}
provider "aws" {
  region = module.settings.region
}`,
				"modules/settings/main.tf": `
output "region" {
  value = "us-east-1"
}`,
			},
			fires: true,
		},
		{
			name: "an unreadable module's output",
			files: map[string]string{
				"main.tf": `
variable "aws_region" {}
module "settings" {
  source = "app.terraform.io/acme/settings/aws"
}
provider "aws" {
  region = module.settings.region
}`,
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runner, dir := ruletest.ModuleRunner(t, tc.files)
			if err := rule.Check(runner); err != nil {
				t.Fatal(err)
			}
			want := helper.Issues{}
			if tc.fires {
				want = helper.Issues{{Rule: rule, Message: providerRegionHardCodedMsg,
					Range: hcl.Range{Filename: filepath.Join(dir, "main.tf"), Start: hcl.Pos{Line: 7, Column: 12}, End: hcl.Pos{Line: 7, Column: 34}}}}
			}
			helper.AssertIssues(t, want, runner.Issues)
		})
	}
}

func TestAwsProviderRegionVariableRuleChildModule(t *testing.T) {
	rule := NewAwsProviderRegionVariableRule()
	runner := ruletest.AsChild(helper.TestRunner(t, map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}`}))
	if err := rule.Check(runner); err != nil {
		t.Fatal(err)
	}
	helper.AssertIssues(t, helper.Issues{}, runner.Issues)
}

func TestAwsProviderRegionVariableRuleConfig(t *testing.T) {
	rule := NewAwsProviderRegionVariableRule()
	runner := helper.TestRunner(t, map[string]string{
		".tflint.hcl": `
rule "aws_provider_region_variable" {
  enabled       = true
  variable_name = "aws-region!"
}`,
		"main.tf": `provider "aws" {}`,
	})
	err := rule.Check(runner)
	var cfgErr *ConfigError
	if !errors.As(err, &cfgErr) {
		t.Fatalf("want a ConfigError, got %v", err)
	}
}
