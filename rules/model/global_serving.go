package model

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// What the model reads to find resources that only serve CloudFront.
var _ = Declare(
	"viewer_certificate{}.acm_certificate_arn", "web_acl_id", "scope", "certificate_arn", "logging_config{}.bucket",
	"default_cache_behavior{}.lambda_function_association{}.lambda_arn",
	"ordered_cache_behavior{}.lambda_function_association{}.lambda_arn",
)

// What the model reads to find resources that only serve Route 53, whose
// query logs and health-check metrics AWS keeps in us-east-1.
var _ = DeclareFor([]string{"aws_route53_query_log"}, "cloudwatch_log_group_arn")

var _ = DeclareFor([]string{"aws_cloudwatch_log_resource_policy"}, "policy_document")

var _ = DeclareFor([]string{"aws_iam_policy_document"}, "statement{}.principals{}.identifiers")

var _ = DeclareFor([]string{"aws_cloudwatch_metric_alarm"}, "namespace", "alarm_actions", "ok_actions", "insufficient_data_actions")

var _ = DeclareFor([]string{"aws_sns_topic_subscription"}, "topic_arn", "endpoint")

var _ = DeclareFor([]string{"aws_lambda_permission"}, "function_name")

var _ = DeclareFor([]string{"aws_cloudwatch_log_group"}, "name")

var _ = DeclareFor([]string{"aws_sns_topic_policy"}, "arn")

var _ = DeclareFor([]string{"aws_route53_key_signing_key"}, "key_management_service_arn")

var _ = DeclareFor([]string{"aws_cloudwatch_log_group"}, "kms_key_id")

var _ = DeclareFor([]string{"aws_sns_topic"}, "kms_master_key_id")

// servesGlobal returns the resources that exist only to serve CloudFront or Route 53.
func (c *Config) servesGlobal() map[*Resource]bool {
	return globalServing.of(&c.memo, c, c.findGlobalServing)
}

var globalServing = &analysis[map[*Resource]bool]{name: "resources serving CloudFront or Route 53"}

func (c *Config) findGlobalServing() map[*Resource]bool {
	marked := map[*Resource]bool{}

	markExpr := func(m *Module, expr hcl.Expression, types ...string) {
		refs, _ := m.References(expr)
		for _, ref := range refs {
			for _, t := range types {
				if ref.Resource.Type == t {
					marked[ref.Resource] = true
				}
			}
		}
	}
	// Inside a dynamic block the value comes from its for_each collection
	// (the terraform-aws-modules/cloudfront pattern).
	markBlockAttr := func(m *Module, b *Block, name string, types ...string) {
		if attr := b.Body.Attr(name); attr != nil {
			markExpr(m, attr.Expr, types...)
		}
		if b.Dynamic && b.ForEach != nil {
			markExpr(m, b.ForEach, types...)
		}
	}
	markRefs := func(m *Module, attr *hcl.Attribute, types ...string) {
		if attr != nil {
			markExpr(m, attr.Expr, types...)
		}
	}
	var all []*Resource
	c.Module.Walk(func(m *Module) { all = append(all, m.Resources...) })
	for _, r := range all {
		if strings.HasPrefix(r.Type, "aws_wafv2_") {
			if scope := r.Body.Attr("scope"); scope != nil {
				if s, ok := r.Module.EvalString(scope.Expr, r); ok && strings.EqualFold(s, "CLOUDFRONT") {
					marked[r] = true
				}
			}
		}
		if r.Type != "aws_cloudfront_distribution" {
			continue
		}
		for _, vc := range r.Body.AllBlocks("viewer_certificate") {
			markBlockAttr(r.Module, vc, "acm_certificate_arn", "aws_acm_certificate", "aws_acm_certificate_validation")
		}
		markRefs(r.Module, r.Body.Attr("web_acl_id"), "aws_wafv2_web_acl")
		for _, lc := range r.Body.AllBlocks("logging_config") {
			markBlockAttr(r.Module, lc, "bucket", "aws_s3_bucket")
		}
		for _, kind := range []string{"default_cache_behavior", "ordered_cache_behavior"} {
			for _, cb := range r.Body.AllBlocks(kind) {
				for _, la := range cb.Body.AllBlocks("lambda_function_association") {
					markBlockAttr(r.Module, la, "lambda_arn", "aws_lambda_function", "aws_lambda_alias")
				}
				if cb.Dynamic && cb.ForEach != nil {
					markExpr(r.Module, cb.ForEach, "aws_lambda_function", "aws_lambda_alias")
				}
			}
		}
	}
	c.markRoute53Serving(all, marked, markRefs)
	// A validation serves the certificate it validates; a certificate validated
	// for CloudFront serves CloudFront too.
	for _, r := range all {
		if r.Type == "aws_acm_certificate_validation" {
			refs, _ := r.Module.References(attrExpr(r.Body.Attr("certificate_arn")))
			for _, ref := range refs {
				if marked[ref.Resource] || marked[r] {
					marked[r], marked[ref.Resource] = true, true
				}
			}
		}
	}
	return marked
}

// markRoute53Serving marks the log groups Route 53 writes query logs to, the
// resource policies that let Route 53 write there, the alarms on Route 53
// health-check metrics, the SNS topics (with their subscriptions and
// policies) that no other alarm notifies, the functions those topics invoke,
// and the KMS keys of these and of DNSSEC signing.
func (c *Config) markRoute53Serving(all []*Resource, marked map[*Resource]bool, markRefs func(*Module, *hcl.Attribute, ...string)) {
	topicUsers := map[*Resource]int{}
	route53Topics := map[*Resource]int{}
	for _, r := range all {
		switch r.Type {
		case "aws_route53_query_log":
			markRefs(r.Module, r.Body.Attr("cloudwatch_log_group_arn"), "aws_cloudwatch_log_group")
		case "aws_cloudwatch_log_resource_policy":
			if r.grantsRoute53(r.Body.Attr("policy_document")) {
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
				refs, _ := r.Module.References(attrExpr(r.Body.Attr(name)))
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
	markFollowers(all, marked, "aws_sns_topic", map[string]string{"aws_sns_topic_subscription": "topic_arn", "aws_sns_topic_policy": "arn"})
	c.markNotifiers(all, marked, markRefs)
	// The keys of DNSSEC signing, and of the log groups and topics above.
	// Other users of such a key are in its region, where they are regional.
	for _, r := range all {
		switch {
		case r.Type == "aws_route53_key_signing_key":
			markRefs(r.Module, r.Body.Attr("key_management_service_arn"), "aws_kms_key")
		case r.Type == "aws_cloudwatch_log_group" && marked[r]:
			markRefs(r.Module, r.Body.Attr("kms_key_id"), "aws_kms_key")
		case r.Type == "aws_sns_topic" && marked[r]:
			markRefs(r.Module, r.Body.Attr("kms_master_key_id"), "aws_kms_key")
		}
	}
}

// markNotifiers marks the Lambda functions that marked topics invoke (an
// alarm forwarder), with their invoke permissions and log groups. Their other
// triggers would be in their region, where they are regional.
func (c *Config) markNotifiers(all []*Resource, marked map[*Resource]bool, markRefs func(*Module, *hcl.Attribute, ...string)) {
	for _, r := range all {
		if r.Type == "aws_sns_topic_subscription" && marked[r] {
			markRefs(r.Module, r.Body.Attr("endpoint"), "aws_lambda_function")
		}
	}
	markFollowers(all, marked, "aws_lambda_function", map[string]string{"aws_lambda_permission": "function_name", "aws_cloudwatch_log_group": "name"})
}

// markFollowers marks the resources (argument by type) whose argument refers
// to exactly one resource, a marked one of the leader type: they only exist
// for it.
func markFollowers(all []*Resource, marked map[*Resource]bool, leaderType string, argByType map[string]string) {
	for _, r := range all {
		arg, ok := argByType[r.Type]
		if !ok {
			continue
		}
		refs, complete := r.Module.References(attrExpr(r.Body.Attr(arg)))
		if complete && len(refs) == 1 && refs[0].Resource.Type == leaderType && marked[refs[0].Resource] {
			marked[r] = true
		}
	}
}

// grantsRoute53 reports whether a policy document names the Route 53
// service, written in the expression or in an aws_iam_policy_document it
// refers to.
func (r *Resource) grantsRoute53(doc *hcl.Attribute) bool {
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
