package awsfacts

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// route53Reads is what the analysis reads to find resources that only serve
// Route 53, whose query logs and health-check metrics AWS keeps in us-east-1.
var route53Reads = []model.Reads{
	{Types: []string{"aws_route53_query_log"}, Paths: []string{"cloudwatch_log_group_arn"}},
	{Types: []string{"aws_cloudwatch_log_resource_policy"}, Paths: []string{"policy_document"}},
	{Types: []string{"aws_iam_policy_document"}, Paths: []string{"statement{}.principals{}.identifiers"}},
	{Types: []string{"aws_cloudwatch_metric_alarm"}, Paths: []string{"namespace", "alarm_actions", "ok_actions", "insufficient_data_actions"}},
	{Types: []string{"aws_sns_topic_subscription"}, Paths: []string{"topic_arn", "endpoint"}},
	{Types: []string{"aws_lambda_permission"}, Paths: []string{"function_name"}},
	{Types: []string{"aws_cloudwatch_log_group"}, Paths: []string{"name", "kms_key_id"}},
	{Types: []string{"aws_sns_topic_policy"}, Paths: []string{"arn"}},
	{Types: []string{"aws_route53_key_signing_key"}, Paths: []string{"key_management_service_arn"}},
	{Types: []string{"aws_sns_topic"}, Paths: []string{"kms_master_key_id"}},
}

// route53Serving marks the log groups Route 53 writes query logs to, the
// resource policies that let Route 53 write there, the alarms on Route 53
// health-check metrics, the SNS topics (with their subscriptions and
// policies) that no other alarm notifies, the functions those topics invoke,
// and the KMS keys of these and of DNSSEC signing.
func (marked globalMarks) route53Serving(all []*model.Resource) {
	topicUsers := map[*model.Resource]int{}
	route53Topics := map[*model.Resource]int{}
	for _, r := range all {
		switch r.Type {
		case "aws_route53_query_log":
			marked.attrRefs(r.Module, r.Body.Attr("cloudwatch_log_group_arn"), "aws_cloudwatch_log_group")
		case "aws_cloudwatch_log_resource_policy":
			if grantsRoute53(r, r.Body.Attr("policy_document")) {
				marked[r] = true
			}
		case "aws_cloudwatch_metric_alarm":
			route53 := false
			if ns := r.Body.Attr("namespace"); ns != nil {
				s, ok := r.Module.EvalString(ns.Expr, r)
				route53 = ok && s == "AWS/Route53"
			}
			if route53 {
				marked[r] = true
			}
			for _, name := range []string{"alarm_actions", "ok_actions", "insufficient_data_actions"} {
				attr := r.Body.Attr(name)
				if attr == nil {
					continue
				}
				refs, _ := r.Module.References(attr.Expr)
				for _, ref := range refs {
					if ref.Resource.Type == "aws_sns_topic" {
						topicUsers[ref.Resource]++
						if route53 {
							route53Topics[ref.Resource]++
						}
					}
				}
			}
		}
	}
	// Other publishers (S3 notifications, other alarms) must be in the
	// topic's region, where they make it a deployment region of their own.
	for topic, n := range route53Topics {
		if n == topicUsers[topic] {
			marked[topic] = true
		}
	}
	marked.followers(all, "aws_sns_topic", map[string]string{"aws_sns_topic_subscription": "topic_arn", "aws_sns_topic_policy": "arn"})
	marked.notifiers(all)
	// The keys of DNSSEC signing, and of the log groups and topics above.
	// Other users of such a key are in its region, where they are regional.
	for _, r := range all {
		switch {
		case r.Type == "aws_route53_key_signing_key":
			marked.attrRefs(r.Module, r.Body.Attr("key_management_service_arn"), "aws_kms_key")
		case r.Type == "aws_cloudwatch_log_group" && marked[r]:
			marked.attrRefs(r.Module, r.Body.Attr("kms_key_id"), "aws_kms_key")
		case r.Type == "aws_sns_topic" && marked[r]:
			marked.attrRefs(r.Module, r.Body.Attr("kms_master_key_id"), "aws_kms_key")
		}
	}
}

// notifiers marks the Lambda functions that marked topics invoke (an alarm
// forwarder), with their invoke permissions and log groups. Their other
// triggers would be in their region, where they are regional.
func (marked globalMarks) notifiers(all []*model.Resource) {
	for _, r := range all {
		if r.Type == "aws_sns_topic_subscription" && marked[r] {
			marked.attrRefs(r.Module, r.Body.Attr("endpoint"), "aws_lambda_function")
		}
	}
	marked.followers(all, "aws_lambda_function", map[string]string{"aws_lambda_permission": "function_name", "aws_cloudwatch_log_group": "name"})
}

// followers marks the resources (argument by type) whose argument refers to
// exactly one resource, a marked one of the leader type: they only exist for
// it.
func (marked globalMarks) followers(all []*model.Resource, leaderType string, argByType map[string]string) {
	for _, r := range all {
		arg, ok := argByType[r.Type]
		if !ok {
			continue
		}
		attr := r.Body.Attr(arg)
		if attr == nil {
			continue
		}
		refs, complete := r.Module.References(attr.Expr)
		if complete && len(refs) == 1 && refs[0].Resource.Type == leaderType && marked[refs[0].Resource] {
			marked[r] = true
		}
	}
}

// grantsRoute53 reports whether a policy document names the Route 53
// service, written in the expression or in an aws_iam_policy_document it
// refers to.
func grantsRoute53(r *model.Resource, doc *hcl.Attribute) bool {
	if doc == nil {
		return false
	}
	if mentions(doc.Expr, route53Service) {
		return true
	}
	refs, _ := r.Module.References(doc.Expr)
	for _, ref := range refs {
		if !ref.Resource.Data || ref.Resource.Type != "aws_iam_policy_document" {
			continue
		}
		for _, st := range ref.Resource.Body.AllBlocks("statement") {
			for _, pr := range st.Body.AllBlocks("principals") {
				if ids := pr.Body.Attr("identifiers"); ids != nil && mentions(ids.Expr, route53Service) {
					return true
				}
			}
		}
	}
	return false
}

const route53Service = "route53.amazonaws.com"

// mentions reports whether a literal string in the expression contains s.
func mentions(expr hcl.Expression, s string) bool {
	found := false
	if syn, ok := expr.(hclsyntax.Expression); ok {
		_ = hclsyntax.VisitAll(syn, func(n hclsyntax.Node) hcl.Diagnostics {
			if lit, ok := n.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String && lit.Val.IsKnown() && !lit.Val.IsNull() && strings.Contains(lit.Val.AsString(), s) {
				found = true
			}
			return nil
		})
		return found
	}
	v, diags := expr.Value(nil)
	if diags.HasErrors() {
		return false
	}
	_ = cty.Walk(v, func(_ cty.Path, elem cty.Value) (bool, error) {
		if elem.Type() == cty.String && elem.IsKnown() && !elem.IsNull() && strings.Contains(elem.AsString(), s) {
			found = true
		}
		return !found, nil
	})
	return found
}
