package rules

import (
	"path/filepath"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestAwsSecretARNOutputMissingRule(t *testing.T) {
	rule := NewAwsSecretARNOutputMissingRule()
	at := ruletest.Range
	secretMsg := func(addr, fix string) string {
		return addr + " is not exposed by any output of this configuration, so CI/CD pipelines and applications cannot look up its ARN from the Terraform outputs. " + fix
	}
	dbMsg := func(addr, fix string) string {
		return addr + " keeps its master password in a secret that RDS manages, but no output of this configuration exposes master_user_secret, so CI/CD pipelines and applications cannot look up the secret's ARN. " + fix
	}

	tests := []struct {
		name  string
		files map[string]string
		want  helper.Issues
	}{
		{
			name: "secrets with and without outputs",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_secretsmanager_secret" "by_arn" {}
resource "aws_secretsmanager_secret" "by_id" {}
resource "aws_secretsmanager_secret" "whole" {}
resource "aws_secretsmanager_secret" "in_map" {}
resource "aws_secretsmanager_secret" "in_template" {}
resource "aws_secretsmanager_secret" "via_local" {}
resource "aws_secretsmanager_secret" "via_version" {}
resource "aws_secretsmanager_secret_version" "v" {
  secret_id     = aws_secretsmanager_secret.via_version.id
  secret_string = "x"
}
resource "aws_secretsmanager_secret" "by_name" {}
resource "aws_secretsmanager_secret" "silent" {}
resource "aws_secretsmanager_secret" "gone" {
  count = 0
}
resource "aws_secretsmanager_secret" "via_version_id" {}
resource "aws_secretsmanager_secret_version" "w" {
  secret_id     = aws_secretsmanager_secret.via_version_id.id
  secret_string = "x"
}
output "version_id" {
  value = aws_secretsmanager_secret_version.w.id
}
locals {
  arns = [aws_secretsmanager_secret.via_local.arn]
}
output "by_arn" {
  value = aws_secretsmanager_secret.by_arn.arn
}
output "by_id" {
  value = aws_secretsmanager_secret.by_id.id
}
output "whole" {
  value     = aws_secretsmanager_secret.whole
  sensitive = true
}
output "map" {
  value = { api = aws_secretsmanager_secret.in_map.arn }
}
output "template" {
  value = "secret: ${aws_secretsmanager_secret.in_template.arn}"
}
output "local" {
  value = local.arns
}
output "version" {
  value = aws_secretsmanager_secret_version.v.arn
}
output "name" {
  value = aws_secretsmanager_secret.by_name.name
}
`},
			want: helper.Issues{
				{Rule: rule, Message: secretMsg("aws_secretsmanager_secret.by_name", "Add an output with aws_secretsmanager_secret.by_name.arn."), Range: at("main.tf", 16, 1, 16, 47)},
				{Rule: rule, Message: secretMsg("aws_secretsmanager_secret.silent", "Add an output with aws_secretsmanager_secret.silent.arn."), Range: at("main.tf", 17, 1, 17, 46)},
			},
		},
		{
			name: "expanded secrets",
			files: map[string]string{"main.tf": `
terraform {
  backend "s3" {}
}
resource "aws_secretsmanager_secret" "each" {
  for_each = toset(["a", "b"])
  name     = each.key
}
resource "aws_secretsmanager_secret" "listed" {
  count = 2
}
output "each" {
  value = { for k, s in aws_secretsmanager_secret.each : k => s.arn }
}
`},
			want: helper.Issues{
				{Rule: rule, Message: secretMsg("aws_secretsmanager_secret.listed", "Add an output with { for k, v in aws_secretsmanager_secret.listed : k => v.arn }."), Range: at("main.tf", 9, 1, 9, 46)},
			},
		},
		{
			name: "RDS managed master passwords",
			files: map[string]string{"main.tf": `
provider "aws" {}
variable "managed" {
  type = bool
}
resource "aws_db_instance" "managed" {
  manage_master_user_password = true
}
resource "aws_db_instance" "exported" {
  manage_master_user_password = true
}
resource "aws_rds_cluster" "managed" {
  manage_master_user_password = true
}
resource "aws_rds_cluster" "whole" {
  manage_master_user_password = true
}
resource "aws_db_instance" "not_managed" {
  manage_master_user_password = false
}
resource "aws_db_instance" "unknown" {
  manage_master_user_password = var.managed
}
resource "aws_db_instance" "no_setting" {
  password = "x"
}
output "db_secret" {
  value = aws_db_instance.exported.master_user_secret[0].secret_arn
}
output "cluster" {
  value = aws_rds_cluster.whole
}
`},
			want: helper.Issues{
				{Rule: rule, Message: dbMsg("aws_db_instance.managed", "Add an output with aws_db_instance.managed.master_user_secret[0].secret_arn."), Range: at("main.tf", 6, 1, 6, 37)},
				{Rule: rule, Message: dbMsg("aws_rds_cluster.managed", "Add an output with aws_rds_cluster.managed.master_user_secret[0].secret_arn."), Range: at("main.tf", 12, 1, 12, 37)},
			},
		},
		{
			name: "only configuration roots are judged",
			files: map[string]string{"main.tf": `
resource "aws_secretsmanager_secret" "s" {}
resource "aws_db_instance" "db" {
  manage_master_user_password = true
}
`},
			want: helper.Issues{},
		},
		{
			name: "aliased providers and per-resource region",
			files: map[string]string{"main.tf": `
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_secretsmanager_secret" "west" {
  provider = aws.west
}
resource "aws_secretsmanager_secret" "eu" {
  region = "eu-west-1"
}
output "west" {
  value = aws_secretsmanager_secret.west.arn
}
`},
			want: helper.Issues{
				{Rule: rule, Message: secretMsg("aws_secretsmanager_secret.eu", "Add an output with aws_secretsmanager_secret.eu.arn."), Range: at("main.tf", 9, 1, 9, 42)},
			},
		},
		{
			name: "override files",
			files: map[string]string{
				"main.tf": `
provider "aws" {}
resource "aws_secretsmanager_secret" "s" {}
output "s" {
  value = "to be replaced"
}
`,
				"outputs_override.tf": `
output "s" {
  value = aws_secretsmanager_secret.s.arn
}
`,
			},
			want: helper.Issues{},
		},
		{
			name: "JSON syntax",
			files: map[string]string{
				"main.tf": `
provider "aws" {}
`,
				"secrets.tf.json": `{
  "resource": {
    "aws_secretsmanager_secret": {
      "exported": {},
      "hidden": {}
    },
    "aws_rds_cluster": {
      "db": {"manage_master_user_password": true}
    }
  },
  "output": {
    "exported": {"value": "${aws_secretsmanager_secret.exported.arn}"}
  }
}`,
			},
			want: helper.Issues{
				{Rule: rule, Message: secretMsg("aws_secretsmanager_secret.hidden", "Add an output with aws_secretsmanager_secret.hidden.arn."), Range: at("secrets.tf.json", 5, 17, 5, 18)},
				{Rule: rule, Message: dbMsg("aws_rds_cluster.db", "Add an output with aws_rds_cluster.db.master_user_secret[0].secret_arn."), Range: at("secrets.tf.json", 8, 13, 8, 14)},
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

func TestAwsSecretARNOutputMissingRuleModules(t *testing.T) {
	rule := NewAwsSecretARNOutputMissingRule()
	runner, dir := ruletest.ModuleRunner(t, map[string]string{
		"main.tf": `
provider "aws" {
  region = "us-east-1"
}
module "exposed" {
  source = "./secret"
}
module "hidden" {
  source = "./secret"
}
module "db" {
  source  = "./db"
  managed = true
}
module "unmanaged_db" {
  source  = "./db"
  managed = false
}
module "disabled" {
  source = "./secret"
  count  = 0
}
module "wrapper" {
  source     = "app.terraform.io/acme/outputs/aws"
  secret_arn = aws_secretsmanager_secret.through_opaque.arn
}
module "sink" {
  source     = "app.terraform.io/acme/sink/aws"
  secret_arn = aws_secretsmanager_secret.into_sink.arn
}
resource "aws_secretsmanager_secret" "through_opaque" {}
resource "aws_secretsmanager_secret" "into_sink" {}
resource "aws_secretsmanager_secret" "round_trip" {}
module "passthrough" {
  source = "./passthrough"
  value  = aws_secretsmanager_secret.round_trip.arn
}
output "exposed" {
  value = module.exposed.secret_arn
}
output "wrapped" {
  value = module.wrapper.everything
}
output "round_trip" {
  value = module.passthrough.value
}
module "whole" {
  source = "./secret"
}
module "bare" {
  source = "./bare"
}
module "registry_exposing" {
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "1.3.1"
}
module "counted" {
  source = "./secret"
  count  = 2
}
module "registry_silent" {
  source  = "example/internal-secret/aws"
  version = "1.0.0"
}
locals {
  everything = module.whole
}
output "whole_module" {
  value = local.everything
}
`,
		"secret/main.tf": `
resource "aws_secretsmanager_secret" "this" {}
output "secret_arn" {
  value = aws_secretsmanager_secret.this.arn
}
`,
		"db/main.tf": `
variable "managed" {
  type = bool
}
resource "aws_db_instance" "this" {
  manage_master_user_password = var.managed
}
output "secret_arn" {
  value = aws_db_instance.this.master_user_secret[0].secret_arn
}
`,
		"bare/main.tf": `
resource "aws_secretsmanager_secret" "internal" {}
`,
		".terraform/modules/modules.json": `{"Modules": [
  {"Key": "", "Source": "", "Dir": "."},
  {"Key": "registry_exposing", "Source": "registry.terraform.io/terraform-aws-modules/secrets-manager/aws", "Version": "1.3.1", "Dir": ".terraform/modules/registry_exposing"},
  {"Key": "registry_silent", "Source": "registry.terraform.io/example/internal-secret/aws", "Version": "1.0.0", "Dir": ".terraform/modules/registry_silent"}
]}`,
		".terraform/modules/registry_exposing/main.tf": `
resource "aws_secretsmanager_secret" "this" {}
output "secret_arn" {
  value = aws_secretsmanager_secret.this.arn
}
`,
		".terraform/modules/registry_silent/main.tf": `
resource "aws_secretsmanager_secret" "this" {}
output "secret_name" {
  value = aws_secretsmanager_secret.this.name
}
`,
		"passthrough/main.tf": `
variable "value" {}
output "value" {
  value = var.value
}
`,
	})
	if err := rule.Check(runner); err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(dir, "main.tf")
	helper.AssertIssues(t, helper.Issues{
		{
			Rule:    rule,
			Message: "module.hidden.aws_secretsmanager_secret.this is not exposed by any output of this configuration, so CI/CD pipelines and applications cannot look up its ARN from the Terraform outputs. Add an output with module.hidden.secret_arn.",
			Range:   hcl.Range{Filename: main, Start: hcl.Pos{Line: 8, Column: 1}, End: hcl.Pos{Line: 8, Column: 16}},
		},
		{
			Rule:    rule,
			Message: "module.db.aws_db_instance.this keeps its master password in a secret that RDS manages, but no output of this configuration exposes master_user_secret, so CI/CD pipelines and applications cannot look up the secret's ARN. Add an output with module.db.secret_arn.",
			Range:   hcl.Range{Filename: main, Start: hcl.Pos{Line: 11, Column: 1}, End: hcl.Pos{Line: 11, Column: 12}},
		},
		{
			Rule:    rule,
			Message: "aws_secretsmanager_secret.into_sink is not exposed by any output of this configuration, so CI/CD pipelines and applications cannot look up its ARN from the Terraform outputs. Add an output with aws_secretsmanager_secret.into_sink.arn.",
			Range:   hcl.Range{Filename: main, Start: hcl.Pos{Line: 32, Column: 1}, End: hcl.Pos{Line: 32, Column: 49}},
		},
		{
			Rule:    rule,
			Message: "module.bare.aws_secretsmanager_secret.internal is not exposed by any output of this configuration, so CI/CD pipelines and applications cannot look up its ARN from the Terraform outputs. Expose aws_secretsmanager_secret.internal.arn as an output of the module and pass it on in an output here.",
			Range:   hcl.Range{Filename: main, Start: hcl.Pos{Line: 50, Column: 1}, End: hcl.Pos{Line: 50, Column: 14}},
		},
		{
			Rule:    rule,
			Message: "module.counted.aws_secretsmanager_secret.this is not exposed by any output of this configuration, so CI/CD pipelines and applications cannot look up its ARN from the Terraform outputs. Add an output that passes on the secret_arn output of every instance of module.counted.",
			Range:   hcl.Range{Filename: main, Start: hcl.Pos{Line: 57, Column: 1}, End: hcl.Pos{Line: 57, Column: 17}},
		},
		{
			Rule:    rule,
			Message: "module.registry_exposing.aws_secretsmanager_secret.this is not exposed by any output of this configuration, so CI/CD pipelines and applications cannot look up its ARN from the Terraform outputs. Add an output with module.registry_exposing.secret_arn.",
			Range:   hcl.Range{Filename: main, Start: hcl.Pos{Line: 53, Column: 1}, End: hcl.Pos{Line: 53, Column: 27}},
		},
	}, runner.Issues)
}
