package awsfacts

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// FuzzDeploymentRegions runs the analyses over arbitrary configurations: they
// must not panic, whatever the references and values.
func FuzzDeploymentRegions(f *testing.F) {
	for _, seed := range []string{
		`provider "aws" { region = "eu-west-1" }
provider "aws" {
  alias  = "use1"
  region = "us-east-1"
}
resource "aws_acm_certificate" "c" { provider = aws.use1 }
resource "aws_acm_certificate_validation" "v" { certificate_arn = aws_acm_certificate.c.arn }
resource "aws_wafv2_web_acl" "w" { scope = "CLOUDFRONT" }
resource "aws_cloudfront_distribution" "d" {
  viewer_certificate { acm_certificate_arn = aws_acm_certificate_validation.v.certificate_arn }
  web_acl_id = aws_wafv2_web_acl.w.arn
  logging_config { bucket = aws_s3_bucket.logs.bucket_domain_name }
  dynamic "ordered_cache_behavior" {
    for_each = var.behaviors
    content {
      lambda_function_association { lambda_arn = ordered_cache_behavior.value.arn }
    }
  }
}
resource "aws_s3_bucket" "logs" { provider = aws.use1 }
`,
		`resource "aws_route53_query_log" "q" { cloudwatch_log_group_arn = aws_cloudwatch_log_group.g.arn }
resource "aws_cloudwatch_log_group" "g" { kms_key_id = aws_kms_key.k.arn }
resource "aws_kms_key" "k" {}
resource "aws_cloudwatch_log_resource_policy" "p" { policy_document = data.aws_iam_policy_document.d.json }
data "aws_iam_policy_document" "d" {
  statement {
    principals { identifiers = ["route53.amazonaws.com"] }
  }
}
resource "aws_cloudwatch_metric_alarm" "a" {
  namespace     = "AWS/Route53"
  alarm_actions = [aws_sns_topic.t.arn]
}
resource "aws_sns_topic" "t" { kms_master_key_id = aws_kms_key.k.id }
resource "aws_sns_topic_subscription" "s" {
  topic_arn = aws_sns_topic.t.arn
  endpoint  = aws_lambda_function.f.arn
}
resource "aws_lambda_function" "f" {}
resource "aws_lambda_permission" "l" { function_name = aws_lambda_function.f.function_name }
`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if _, diags := hclsyntax.ParseConfig([]byte(src), "main.tf", hcl.InitialPos); diags.HasErrors() {
			return
		}
		c := build(t, src)
		_ = DeploymentRegions(c)
		c.Module.Walk(func(m *model.Module) {
			for _, r := range m.Resources {
				_ = IsRegional(c, r)
			}
		})
	})
}
