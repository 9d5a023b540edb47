package awsfacts

import (
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// testSchema reads what the analyses read, strictly.
var testSchema = model.NewSchema(true, RegionReads()...)

// regionKeys are the keys of the configuration's deployment regions, in order.
func regionKeys(c *model.Config) []string {
	var out []string
	for _, dr := range DeploymentRegions(c) {
		out = append(out, dr.Region.Key())
	}
	return out
}

// build models a root module of one file.
func build(t *testing.T, src string) *model.Config {
	t.Helper()
	return model.Build(helper.TestRunner(t, map[string]string{"main.tf": src}), model.Settings{Schema: testSchema})
}

// Services whose API lives in one region but whose resources are account-wide
// (billing exports, Route 53 ARC, CloudFront KeyValueStore, chat and user
// notifications) place nothing in a region: a provider alias that only
// manages them is not a deployment region.
func TestAccountWideServicesAreGlobal(t *testing.T) {
	for _, typ := range []string{
		"aws_cur_report_definition", "aws_bcmdataexports_export", "aws_billing_view", "aws_invoicing_invoice_unit",
		"aws_route53recoverycontrolconfig_cluster", "aws_route53recoveryreadiness_cell",
		"aws_cloudfrontkeyvaluestore_key", "aws_costoptimizationhub_preferences",
		"aws_chatbot_slack_channel_configuration", "aws_notifications_notification_configuration",
		"aws_notificationscontacts_email_contact",
		"aws_route53_zone", "aws_iam_role", "aws_cloudfront_distribution",
	} {
		if !IsGlobalType(typ) {
			t.Errorf("%s is placed in a region", typ)
		}
	}
	for _, typ := range []string{"aws_route53_resolver_endpoint", "aws_route53profiles_profile", "aws_wafregional_web_acl", "aws_s3_bucket"} {
		if IsGlobalType(typ) {
			t.Errorf("%s is not placed in a region", typ)
		}
	}
}

// Route 53 writes query logs and health-check metrics only in us-east-1: the
// alias that holds their log group, its resource policy, the alarms and the
// topic only those alarms notify is not a deployment region.
func TestRoute53ServingResourcesAreNotRegional(t *testing.T) {
	const providers = `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "use1"
  region = "us-east-1"
}
resource "aws_vpc" "main" {}
resource "aws_route53_zone" "main" {
  name = "example.com"
}
resource "aws_route53_health_check" "main" {
  fqdn = "example.com"
  type = "HTTPS"
}
`
	const serving = `
resource "aws_kms_key" "logs" {
  provider = aws.use1
}
resource "aws_cloudwatch_log_group" "dns" {
  provider   = aws.use1
  name       = "/aws/route53/example.com"
  kms_key_id = aws_kms_key.logs.arn
}
resource "aws_kms_key" "dnssec" {
  provider                 = aws.use1
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}
resource "aws_route53_key_signing_key" "main" {
  hosted_zone_id             = aws_route53_zone.main.id
  key_management_service_arn = aws_kms_key.dnssec.arn
  name                       = "main"
}
resource "aws_lambda_function" "notify" {
  provider      = aws.use1
  function_name = "health-to-chat"
}
resource "aws_sns_topic_subscription" "notify" {
  provider  = aws.use1
  topic_arn = aws_sns_topic.health.arn
  protocol  = "lambda"
  endpoint  = aws_lambda_function.notify.arn
}
resource "aws_lambda_permission" "notify" {
  provider      = aws.use1
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.notify.function_name
  principal     = "sns.amazonaws.com"
}
resource "aws_cloudwatch_log_group" "notify" {
  provider = aws.use1
  name     = "/aws/lambda/${aws_lambda_function.notify.function_name}"
}
data "aws_iam_policy_document" "dns" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["arn:aws:logs:*:*:log-group:/aws/route53/*"]
    principals {
      type        = "Service"
      identifiers = ["route53.amazonaws.com"]
    }
  }
}
resource "aws_cloudwatch_log_resource_policy" "dns" {
  provider        = aws.use1
  policy_name     = "route53-query-logging"
  policy_document = data.aws_iam_policy_document.dns.json
}
resource "aws_cloudwatch_log_resource_policy" "inline" {
  provider    = aws.use1
  policy_name = "route53-query-logging-inline"
  policy_document = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { Service = "route53.amazonaws.com" }, Action = "logs:PutLogEvents", Resource = aws_cloudwatch_log_group.dns.arn }]
  })
}
resource "aws_route53_query_log" "main" {
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
  zone_id                  = aws_route53_zone.main.zone_id
}
resource "aws_sns_topic" "health" {
  provider = aws.use1
}
resource "aws_sns_topic_subscription" "health" {
  provider  = aws.use1
  topic_arn = aws_sns_topic.health.arn
  protocol  = "email"
  endpoint  = "ops@example.com"
}
resource "aws_cloudwatch_metric_alarm" "health" {
  provider            = aws.use1
  alarm_name          = "health"
  namespace           = "AWS/Route53"
  metric_name         = "HealthCheckStatus"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = 1
  threshold           = 1
  alarm_actions       = [aws_sns_topic.health.arn]
  dimensions          = { HealthCheckId = aws_route53_health_check.main.id }
}
`
	c := build(t, providers+serving)
	if got := strings.Join(regionKeys(c), ","); got != "eu-west-1" {
		t.Errorf("deployment regions = %s, want eu-west-1 only", got)
	}

	// A topic that another alarm also notifies is a workload of its region.
	c = build(t, providers+serving+`
resource "aws_cloudwatch_metric_alarm" "queue" {
  provider            = aws.use1
  alarm_name          = "queue"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = 600
  alarm_actions       = [aws_sns_topic.health.arn]
}
`)
	if got := strings.Join(regionKeys(c), ","); got != "eu-west-1,us-east-1" {
		t.Errorf("deployment regions = %s, want eu-west-1,us-east-1", got)
	}

	// A log group Route 53 does not write to is a workload of its region.
	c = build(t, providers+`
resource "aws_cloudwatch_log_group" "app" {
  provider = aws.use1
  name     = "/app"
}
`)
	if got := strings.Join(regionKeys(c), ","); got != "eu-west-1,us-east-1" {
		t.Errorf("deployment regions = %s, want eu-west-1,us-east-1", got)
	}
}
