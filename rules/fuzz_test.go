package rules

import (
	"errors"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// FuzzTagsEvaluation evaluates arbitrary tag expressions, with provider
// default_tags and locals around them, through the tags rule.
func FuzzTagsEvaluation(f *testing.F) {
	for _, seed := range []string{
		`{ Environment = "prod", Owner = "x" }`, `merge(local.common, { Name = "x" })`, `var.tags`,
		`{ for k, v in local.common : k => v }`, `merge(local.common, null)`, `{ (local.key) = "x" }`,
		`tomap({ Owner = 1 })`, `local.loop`, `merge([for i in range(3) : { "k${i}" = i }]...)`, `null`,
		`{ Owner = null, Environment = "x" }`, `each.value`, `lookup(local.common, "Owner", {})`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		src := `
variable "tags" {
  type    = map(string)
  default = { Owner = "v" }
}
locals {
  common = { Environment = "prod" }
  key    = "Owner"
  loop   = local.loop
}
provider "aws" {
  default_tags {
    tags = { CostCenter = "1" }
  }
}
resource "aws_s3_bucket" "b" {
  tags = ` + expr + `
}
`
		if _, diags := hclsyntax.ParseConfig([]byte(src), "main.tf", hcl.InitialPos); diags.HasErrors() {
			return
		}
		runner := helper.TestRunner(t, map[string]string{"main.tf": src})
		rule := NewAwsResourceTagsRequiredRule()
		if err := rule.Check(ruletest.Strict(rule, runner, model.Settings{})); err != nil {
			t.Fatalf("Check returned %v", err)
		}
		if len(runner.Issues) > 1 {
			t.Fatalf("one resource gave %d issues", len(runner.Issues))
		}
	})
}

// FuzzEveryRule runs every rule on arbitrary native configurations (seeded
// with the shapes the rules read): no rule may panic or return an error.
func FuzzEveryRule(f *testing.F) {
	for _, seed := range []string{
		"provider \"aws\" {\n  region = \"us-east-1\"\n}\nprovider \"aws\" {\n  alias  = \"w\"\n  region = \"us-west-2\"\n}\nresource \"aws_kms_key\" \"k\" {}\nresource \"aws_sqs_queue\" \"q\" {\n  provider          = aws.w\n  kms_master_key_id = aws_kms_key.k.arn\n}\n",
		"variable \"r\" {\n  default = [\"us-east-1\", \"eu-west-1\"]\n}\nresource \"aws_vpc\" \"v\" {\n  for_each = toset(var.r)\n  region   = each.key\n}\n",
		"resource \"aws_cloudfront_distribution\" \"d\" {\n  dynamic \"origin\" {\n    for_each = { a = { domain_name = aws_route53_zone.z.name } }\n    content {\n      domain_name = origin.value.domain_name\n      origin_id   = origin.key\n    }\n  }\n}\nresource \"aws_route53_zone\" \"z\" {\n  name = \"example.com\"\n}\n",
		"resource \"aws_security_group\" \"s\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
		"resource \"aws_db_instance\" \"d\" {\n  password                    = var.p\n  manage_master_user_password = false\n}\nresource \"aws_launch_template\" \"t\" {\n  dynamic \"iam_instance_profile\" {\n    for_each = []\n    content {}\n  }\n}\n",
		"terraform {\n  backend \"s3\" {}\n}\nresource \"aws_secretsmanager_secret\" \"s\" {}\nresource \"aws_kms_alias\" \"a\" {\n  name          = \"alias/x\"\n  target_key_id = aws_kms_key.k[\"x\"].key_id\n}\nresource \"aws_kms_key\" \"k\" {\n  for_each     = { x = 1 }\n  multi_region = true\n}\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if _, diags := hclsyntax.ParseConfig([]byte(src), "main.tf", hcl.InitialPos); diags.HasErrors() {
			return
		}
		for _, rule := range Rules {
			runner := fuzzRunner(t, src)
			if runner == nil {
				return
			}
			if err := rule.Check(ruletest.Strict(rule, runner, model.Settings{})); err != nil {
				var configErr *ConfigError
				if !errors.As(err, &configErr) {
					t.Fatalf("%s: Check returned %v", rule.Name(), err)
				}
			}
		}
	})
}

// fuzzRunner is the SDK's test runner for a configuration, or nil when the
// SDK refuses it as Terraform would (TFLint stops before plugins run then).
func fuzzRunner(t *testing.T, src string) (runner *helper.Runner) {
	defer func() {
		if recover() != nil {
			runner = nil
		}
	}()
	return helper.TestRunner(t, map[string]string{"main.tf": src})
}
