package awsfacts

import (
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// cloudFrontReads is what the analysis reads to find resources that only
// serve CloudFront.
var cloudFrontReads = []model.Reads{{Paths: []string{
	"viewer_certificate{}.acm_certificate_arn", "web_acl_id", "scope", "certificate_arn", "logging_config{}.bucket",
	"default_cache_behavior{}.lambda_function_association{}.lambda_arn",
	"ordered_cache_behavior{}.lambda_function_association{}.lambda_arn",
}}}

// servesGlobal returns the resources that exist only to serve CloudFront or
// Route 53, whose regional parts AWS keeps in us-east-1.
func servesGlobal(c *model.Config) map[*model.Resource]bool {
	return globalServing.Of(c, func() map[*model.Resource]bool { return findGlobalServing(c) })
}

var globalServing = model.NewDerived[map[*model.Resource]bool]("resources serving CloudFront or Route 53")

// globalMarks collects the resources found to serve a global service.
type globalMarks map[*model.Resource]bool

// refsOfTypes marks the resources of the given types an expression refers to.
func (marked globalMarks) refsOfTypes(m *model.Module, expr hcl.Expression, types ...string) {
	if expr == nil {
		return
	}
	refs, _ := m.References(expr)
	for _, ref := range refs {
		for _, t := range types {
			if ref.Resource.Type == t {
				marked[ref.Resource] = true
			}
		}
	}
}

// attrRefs marks what an attribute refers to, if it is set.
func (marked globalMarks) attrRefs(m *model.Module, attr *hcl.Attribute, types ...string) {
	if attr != nil {
		marked.refsOfTypes(m, attr.Expr, types...)
	}
}

// blockAttrRefs marks what a block's attribute refers to. Inside a dynamic
// block the value comes from its for_each collection (the
// terraform-aws-modules/cloudfront pattern).
func (marked globalMarks) blockAttrRefs(m *model.Module, b *model.Block, name string, types ...string) {
	marked.attrRefs(m, b.Body.Attr(name), types...)
	if b.Dynamic && b.ForEach != nil {
		marked.refsOfTypes(m, b.ForEach, types...)
	}
}

func findGlobalServing(c *model.Config) map[*model.Resource]bool {
	marked := globalMarks{}
	var all []*model.Resource
	c.Module.Walk(func(m *model.Module) { all = append(all, m.Resources...) })
	for _, r := range all {
		if strings.HasPrefix(r.Type, "aws_wafv2_") {
			if scope := r.Body.Attr("scope"); scope != nil {
				if s, ok := r.Module.EvalString(scope.Expr, r); ok && strings.EqualFold(s, "CLOUDFRONT") {
					marked[r] = true
				}
			}
		}
		if r.Type == "aws_cloudfront_distribution" {
			marked.distributionParts(r)
		}
	}
	marked.route53Serving(all)
	// A validation serves the certificate it validates; a certificate validated
	// for CloudFront serves CloudFront too.
	for _, r := range all {
		if r.Type != "aws_acm_certificate_validation" {
			continue
		}
		if attr := r.Body.Attr("certificate_arn"); attr != nil {
			refs, _ := r.Module.References(attr.Expr)
			for _, ref := range refs {
				if marked[ref.Resource] || marked[r] {
					marked[r], marked[ref.Resource] = true, true
				}
			}
		}
	}
	return marked
}

// distributionParts marks what a distribution uses that AWS requires in
// us-east-1: its certificate, web ACL, Lambda@Edge functions, and the log
// bucket it writes to.
func (marked globalMarks) distributionParts(r *model.Resource) {
	for _, vc := range r.Body.AllBlocks("viewer_certificate") {
		marked.blockAttrRefs(r.Module, vc, "acm_certificate_arn", "aws_acm_certificate", "aws_acm_certificate_validation")
	}
	marked.attrRefs(r.Module, r.Body.Attr("web_acl_id"), "aws_wafv2_web_acl")
	for _, lc := range r.Body.AllBlocks("logging_config") {
		marked.blockAttrRefs(r.Module, lc, "bucket", "aws_s3_bucket")
	}
	for _, kind := range []string{"default_cache_behavior", "ordered_cache_behavior"} {
		for _, cb := range r.Body.AllBlocks(kind) {
			for _, la := range cb.Body.AllBlocks("lambda_function_association") {
				marked.blockAttrRefs(r.Module, la, "lambda_arn", "aws_lambda_function", "aws_lambda_alias")
			}
			if cb.Dynamic && cb.ForEach != nil {
				marked.refsOfTypes(r.Module, cb.ForEach, "aws_lambda_function", "aws_lambda_alias")
			}
		}
	}
}
