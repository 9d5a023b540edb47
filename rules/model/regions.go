package model

import (
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// DeploymentRegion is a region that hosts regional managed resources, or one
// the plugin's `regions` setting requires.
type DeploymentRegion struct {
	Region Region
	// Resources are the existing regional resources placed in the region, in
	// the module under check and in every readable called module.
	Resources []*Resource
	// Configured is true when the `regions` setting names the region.
	Configured bool
}

// globalTypePrefixes are services whose resources are not placed in a region
// (their API lives in one region, but they serve every region).
var globalTypePrefixes = []string{
	"aws_cloudfront_", "aws_iam_", "aws_organizations_", "aws_globalaccelerator_",
	"aws_shield_", "aws_budgets_", "aws_ce_", "aws_waf_", "aws_account_",
	"aws_route53domains_", "aws_networkmanager_",
	"aws_cur_", "aws_bcmdataexports_", "aws_billing_", "aws_invoicing_", "aws_costoptimizationhub_",
	"aws_route53recoverycontrolconfig_", "aws_route53recoveryreadiness_", "aws_cloudfrontkeyvaluestore_",
	"aws_chatbot_", "aws_notifications_", "aws_notificationscontacts_",
}

// CoreServiceGroup is one of the core services a region needs to serve a
// workload on its own, and the resource types that provide it. KMS keys are
// not one: a region without its own key is a finding of its own.
type CoreServiceGroup struct {
	Name  string
	Types []string
}

// CoreServiceGroups are the default core service groups.
var CoreServiceGroups = []CoreServiceGroup{
	{"vpc", []string{"aws_vpc"}},
	{"subnets", []string{"aws_subnet"}},
	{"routing", []string{"aws_route_table"}},
	{"internet_gateway", []string{"aws_internet_gateway"}},
	{"nat", []string{"aws_nat_gateway"}},
	{"security_groups", []string{"aws_security_group"}},
	{"compute", []string{"aws_instance", "aws_autoscaling_group", "aws_launch_template", "aws_ecs_service", "aws_eks_cluster", "aws_lambda_function"}},
	{"database", []string{"aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_dynamodb_table_replica", "aws_elasticache_replication_group"}},
	{"object_storage", []string{"aws_s3_bucket"}},
	{"load_balancing", []string{"aws_lb", "aws_alb", "aws_elb"}},
}

// IsCoreServiceType reports whether a resource type provides a core service.
func IsCoreServiceType(resourceType string) bool {
	for _, g := range CoreServiceGroups {
		for _, t := range g.Types {
			if t == resourceType {
				return true
			}
		}
	}
	return false
}

// IsGlobalType reports whether resources of a type belong to a global service.
func IsGlobalType(resourceType string) bool {
	if strings.HasPrefix(resourceType, "aws_route53_") {
		return !strings.HasPrefix(resourceType, "aws_route53_resolver_")
	}
	for _, p := range globalTypePrefixes {
		if strings.HasPrefix(resourceType, p) {
			return true
		}
	}
	return false
}

// IsRegional reports whether a resource is placed in its region: an existing
// AWS managed resource that neither belongs to a global service nor only
// serves one (ACM certificates, WAF web ACLs and Lambda@Edge functions used
// by CloudFront).
func (c *Config) IsRegional(r *Resource) bool {
	if r.Data || r.Absent() || !strings.HasPrefix(r.Type, "aws_") || IsGlobalType(r.Type) {
		return false
	}
	return !c.servesGlobal()[r]
}

// DeploymentRegions returns the regions that host regional resources, in order
// of first appearance, followed by required regions that host nothing.
// Resources whose region cannot be identified are left out.
func (c *Config) DeploymentRegions() []*DeploymentRegion {
	c.regionsOnce.Do(func() { c.regions = c.findDeploymentRegions() })
	return c.regions
}

func (c *Config) findDeploymentRegions() []*DeploymentRegion {
	out := c.GroupByRegion(c.IsRegional)
	byKey := map[string]*DeploymentRegion{}
	for _, dr := range out {
		byKey[dr.Region.Key()] = dr
	}
	for _, name := range c.Settings.Regions {
		if dr := byKey[name]; dr != nil {
			dr.Configured = true
			continue
		}
		dr := &DeploymentRegion{Region: Region{Name: name}, Configured: true}
		byKey[name] = dr
		out = append(out, dr)
	}
	return out
}

// GroupByRegion groups the existing resources that pass the filter by the
// regions they are placed in, in order of first appearance. Resources whose
// region cannot be identified are left out.
func (c *Config) GroupByRegion(keep func(*Resource) bool) []*DeploymentRegion {
	byKey := map[string]*DeploymentRegion{}
	var out []*DeploymentRegion
	for _, r := range c.AllResources() {
		if !keep(r) {
			continue
		}
		for _, region := range r.Regions() {
			dr := byKey[region.Key()]
			if dr == nil {
				dr = &DeploymentRegion{Region: region}
				byKey[region.Key()] = dr
				out = append(out, dr)
			}
			dr.Resources = append(dr.Resources, r)
		}
	}
	return out
}

// MultiRegion reports whether the configuration deploys to, or must deploy
// to, two or more regions.
func (c *Config) MultiRegion() bool {
	return len(c.DeploymentRegions()) > 1 || len(c.Settings.Regions) > 1
}

// RegionProvider returns the provider block of the module under check that
// sets a region, preferring an aliased one; nil when no block sets it.
func (c *Config) RegionProvider(region Region) *Provider {
	var found *Provider
	for _, p := range c.Module.Providers {
		if p.Region.Key() != region.Key() {
			continue
		}
		if p.Alias != "" {
			return p
		}
		if found == nil {
			found = p
		}
	}
	return found
}

// RegionAnchor is where a finding about a whole region is reported: its
// provider block, else its first resource (a region that exists only through
// per-resource region arguments).
func (c *Config) RegionAnchor(dr *DeploymentRegion) (hcl.Range, bool) {
	if p := c.RegionProvider(dr.Region); p != nil {
		return p.ReportRange(), true
	}
	if len(dr.Resources) > 0 {
		return dr.Resources[0].ReportRange(), true
	}
	return hcl.Range{}, false
}

// ReportRange is where a finding about a provider block goes: the block, or
// in JSON its region argument, since the blocks of a JSON array all start at
// the array.
func (p *Provider) ReportRange() hcl.Range {
	if p.Block.Body.IsJSON() && p.RegionAttr != nil {
		return p.RegionAttr.Expr.Range()
	}
	return p.Block.DefRange
}

// RegionLabel names a region for messages, with the providers that set it.
func (c *Config) RegionLabel(region Region) string {
	if !region.Known() {
		return region.String()
	}
	var addresses []string
	for _, p := range c.Module.Providers {
		if p.Region.Key() == region.Key() {
			addresses = append(addresses, p.Address)
		}
	}
	switch len(addresses) {
	case 0:
		return region.Name
	case 1:
		return region.Name + " (provider " + addresses[0] + ")"
	}
	return region.Name + " (providers " + strings.Join(addresses, ", ") + ")"
}

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
	c.globalOnce.Do(func() { c.globalServing = c.findGlobalServing() })
	return c.globalServing
}

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

func attrExpr(a *hcl.Attribute) hcl.Expression {
	if a == nil {
		return nil
	}
	return a.Expr
}

// SortedKeys returns a map's keys in order.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
