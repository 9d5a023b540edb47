package rules

import (
	"fmt"
	"net/netip"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// AwsCloudFrontOriginInvalidRule finds CloudFront origins that CloudFront
// rejects or cannot reach, and cache behaviors that target no origin.
type AwsCloudFrontOriginInvalidRule struct {
	tflint.DefaultRule
}

// NewAwsCloudFrontOriginInvalidRule returns the rule.
func NewAwsCloudFrontOriginInvalidRule() *AwsCloudFrontOriginInvalidRule {
	return &AwsCloudFrontOriginInvalidRule{}
}

func (r *AwsCloudFrontOriginInvalidRule) Name() string              { return "aws_cloudfront_origin_invalid" }
func (r *AwsCloudFrontOriginInvalidRule) Enabled() bool             { return true }
func (r *AwsCloudFrontOriginInvalidRule) Severity() tflint.Severity { return tflint.ERROR }
func (r *AwsCloudFrontOriginInvalidRule) Link() string              { return project.ReferenceLink(r.Name()) }

var _ = model.Declare(
	// aws_cloudfront_distribution
	"origin{}.domain_name", "origin{}.origin_id", "origin{}.vpc_origin_config{}",
	"origin_group{}.origin_id",
	"default_cache_behavior{}.target_origin_id",
	"ordered_cache_behavior{}.target_origin_id", "ordered_cache_behavior{}.path_pattern",
	// aws_route53_zone (resource and data source)
	"name", "vpc{}", "private_zone", "vpc_id",
	// aws_route53_record
	"zone_id", "type", "alias{}.name",
	// aws_lb, aws_alb, aws_elb
	"internal",
)

// cfOriginURLAttrs are attributes whose value is a URL with a scheme (and
// sometimes a path), not a host name, with the form of their values.
var cfOriginURLAttrs = map[string]struct{ attr, example string }{
	"aws_lambda_function_url":    {"function_url", "https://<url-id>.lambda-url.<region>.on.aws/"},
	"aws_apigatewayv2_api":       {"api_endpoint", "https://<api-id>.execute-api.<region>.amazonaws.com"},
	"aws_apigatewayv2_stage":     {"invoke_url", "https://<api-id>.execute-api.<region>.amazonaws.com/<stage>"},
	"aws_api_gateway_stage":      {"invoke_url", "https://<api-id>.execute-api.<region>.amazonaws.com/<stage>"},
	"aws_api_gateway_deployment": {"invoke_url", "https://<api-id>.execute-api.<region>.amazonaws.com/<stage>"},
}

// cfOriginPrivateNameAttrs are DNS names that resolve only inside their VPC.
var cfOriginPrivateNameAttrs = map[string]map[string]bool{
	"aws_instance":          {"private_dns": true},
	"aws_eip":               {"private_dns": true},
	"aws_network_interface": {"private_dns_name": true},
}

// cfOriginIPAttrs are IP addresses, which CloudFront does not take as an origin name.
var cfOriginIPAttrs = map[string]map[string]bool{
	"aws_instance":          {"private_ip": true, "public_ip": true},
	"aws_eip":               {"private_ip": true, "public_ip": true},
	"aws_network_interface": {"private_ip": true},
}

var cfOriginLoadBalancerTypes = map[string]bool{"aws_lb": true, "aws_alb": true, "aws_elb": true}

// cfOriginAddressRecordTypes are the record types that give a name an address.
var cfOriginAddressRecordTypes = map[string]bool{"A": true, "AAAA": true, "CNAME": true}

// cfOriginMaxElements bounds the for_each elements of a dynamic block that are judged one by one.
const cfOriginMaxElements = 1024

// cfOriginMaxRefDepth bounds how many locals, module arguments and outputs a reference is followed through.
const cfOriginMaxRefDepth = 32

func (r *AwsCloudFrontOriginInvalidRule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	for _, dist := range cfg.ResourcesOfType("aws_cloudfront_distribution") {
		c := &cfOriginCheck{rule: r, runner: runner, cfg: cfg, dist: dist, mod: dist.Module}
		run := c.run
		if !dist.InCheckedModule() {
			// TFLint checks each module call itself, with the values its
			// caller passes; only references into the caller need the root.
			run = c.runCallerReferences
		}
		if err := run(); err != nil {
			return err
		}
	}
	return nil
}

// cfOriginCheck judges one distribution.
type cfOriginCheck struct {
	rule   *AwsCloudFrontOriginInvalidRule
	runner tflint.Runner
	cfg    *model.Config
	dist   *model.Resource
	mod    *model.Module
}

// cfOriginElement is one element of a dynamic block's for_each; the block's
// iterator refers to it inside the content.
type cfOriginElement struct {
	iterator   string
	key, value cty.Value
}

func (c *cfOriginCheck) run() error {
	for _, origin := range c.dist.Body.AllBlocks("origin") {
		domain := origin.Body.Attr("domain_name")
		if domain == nil {
			continue
		}
		if !origin.Dynamic {
			if err := c.checkOrigin(origin, domain, nil); err != nil {
				return err
			}
			continue
		}
		// A dynamic origin exists only for the elements of its for_each.
		elements, ok := c.elements(origin)
		if !ok || len(elements) == 0 {
			continue
		}
		if !model.RefersTo(domain.Expr, origin.Iterator) {
			if err := c.checkOrigin(origin, domain, nil); err != nil {
				return err
			}
			continue
		}
		for _, e := range elements {
			if err := c.checkOrigin(origin, domain, e); err != nil {
				return err
			}
		}
	}
	return c.checkTargets()
}

func (c *cfOriginCheck) checkOrigin(origin *model.Block, domain *hcl.Attribute, elem *cfOriginElement) error {
	what := c.dist.Address() + " origin" + elem.label()
	vpc := c.usesVPCOrigin(origin, elem)
	if host, ok := c.evalString(domain.Expr, elem); ok {
		problem := cloudfrontOriginHostProblem(host)
		if vpc {
			problem = cloudfrontOriginHostSyntaxProblem(host)
		}
		if problem == "" {
			return nil
		}
		msg := fmt.Sprintf("%s domain_name %s %s", what, cfOriginQuote(host), problem)
		return c.runner.EmitIssue(c.rule, msg, c.reportRange(domain.Expr, origin, elem))
	}
	if elem != nil {
		// The value comes from the iterator, whose references cannot be followed.
		return nil
	}
	ref, whole, ok := cfOriginValueRef(c.mod, domain.Expr, 0)
	if !ok || ref.Resource.Absent() {
		return nil
	}
	problem := c.refProblem(ref, whole, vpc)
	if problem == "" {
		return nil
	}
	return c.runner.EmitIssue(c.rule, what+" domain_name "+problem, domain.Expr.Range())
}

// refProblem explains why an origin whose domain_name is (or, when not whole,
// begins with) a resource attribute is rejected or unreachable.
func (c *cfOriginCheck) refProblem(ref model.Ref, whole, vpc bool) string {
	res, attr := ref.Resource, ref.Attr
	addr := res.Address()
	if url, ok := cfOriginURLAttrs[res.Type]; ok && url.attr == attr {
		// A resource of a called module cannot be named from here.
		value := "<url>"
		if res.InCheckedModule() {
			value = addr + "." + attr
		}
		return fmt.Sprintf("is %s.%s, a URL of the form %q, not a host name: CloudFront accepts only a DNS name here and rejects a scheme or path. Strip them, e.g. with split(\"/\", %s)[2], and put any path (such as an API stage) in origin_path.",
			addr, attr, url.example, value)
	}
	if !whole {
		return ""
	}
	switch {
	case res.Type == "aws_route53_zone":
		return c.zoneProblem(res, attr)
	case res.Type == "aws_route53_record" && !res.Data && (attr == "fqdn" || attr == "name") && !vpc:
		zone := c.privateZoneOf(res)
		if zone == nil {
			return ""
		}
		return fmt.Sprintf("is the %s of %s, a record in the private hosted zone %s: CloudFront resolves origin names in public DNS, where private zone records do not exist, so it cannot reach the origin. Use a record in a public hosted zone, or a CloudFront VPC origin (vpc_origin_config) for a resource in a private subnet.",
			attr, addr, zone.Address())
	case cfOriginPrivateNameAttrs[res.Type][attr] && !vpc:
		return fmt.Sprintf("is the %s of %s, a private DNS name that resolves only inside its VPC: CloudFront resolves origin names in public DNS and connects over the internet, so it cannot reach the origin. Use a CloudFront VPC origin (vpc_origin_config), or a public name such as the instance's public_dns or an internet-facing load balancer's dns_name.",
			attr, addr)
	case cfOriginIPAttrs[res.Type][attr] && !vpc:
		return fmt.Sprintf("is the %s of %s, an IP address: CloudFront needs a DNS name for an origin and rejects IP addresses. Use a DNS name that resolves to it, such as the instance's public_dns, a Route 53 record or a load balancer's dns_name, or a CloudFront VPC origin (vpc_origin_config) for a private instance.",
			attr, addr)
	case cfOriginLoadBalancerTypes[res.Type] && attr == "dns_name" && !res.Data && !vpc:
		internal := res.Body.Attr("internal")
		if internal == nil {
			return ""
		}
		if on, known := res.Module.EvalBool(internal.Expr, res); !known || !on {
			return ""
		}
		return fmt.Sprintf("is the dns_name of %s, an internal load balancer (internal = true) whose name resolves to private addresses: CloudFront connects to origins over the internet and cannot reach it. Use an internet-facing load balancer, or a CloudFront VPC origin (vpc_origin_config) with an internal Application or Network Load Balancer.",
			addr)
	}
	return ""
}

func (c *cfOriginCheck) zoneProblem(zone *model.Resource, attr string) string {
	addr := zone.Address()
	switch attr {
	case "zone_id", "id", "arn":
		return fmt.Sprintf("is the %s of Route 53 zone %s, an identifier, not a host name: CloudFront needs the DNS name of the server or bucket to fetch from. Use the name of a record in the zone (e.g. aws_route53_record.<name>.fqdn) or the origin resource's own DNS name.",
			attr, addr)
	case "name_servers", "primary_name_server":
		return fmt.Sprintf("is a name server of Route 53 zone %s: name servers answer DNS queries, not HTTP requests, so CloudFront cannot fetch content from them. Use the name of a record in the zone (e.g. aws_route53_record.<name>.fqdn) or the origin resource's own DNS name.",
			addr)
	case "name":
		if c.zoneApexMayBeServed(zone) {
			return ""
		}
		return fmt.Sprintf("is the name of Route 53 zone %s, and no record here gives the zone apex an address other than this distribution's: a hosted zone is not an origin, so CloudFront cannot fetch from it. Use the name of the record or resource that serves the content, such as aws_route53_record.<name>.fqdn, an S3 bucket's bucket_regional_domain_name or a load balancer's dns_name.",
			addr)
	}
	return ""
}

// zoneApexMayBeServed reports whether some record may give the zone's own
// name an address other than this distribution. Records of a zone that is
// only looked up, or inside modules that cannot be read, are not visible.
func (c *cfOriginCheck) zoneApexMayBeServed(zone *model.Resource) bool {
	if zone.Data || c.cfg.HasOpaqueModules() {
		return true
	}
	apex, apexKnown := cfOriginZoneName(zone)
	for _, rec := range c.cfg.ResourcesOfType("aws_route53_record") {
		if t := rec.Body.Attr("type"); t != nil {
			if typ, ok := rec.Module.EvalString(t.Expr, rec); ok && !cfOriginAddressRecordTypes[strings.ToUpper(typ)] {
				continue
			}
		}
		if !cfOriginRecordMayBeApex(rec, zone, apex, apexKnown) || c.aliasesDistribution(rec) {
			continue
		}
		return true
	}
	return false
}

// cfOriginRecordMayBeApex reports whether a record's name may be the zone's own name.
func cfOriginRecordMayBeApex(rec, zone *model.Resource, apex string, apexKnown bool) bool {
	nameAttr := rec.Body.Attr("name")
	if nameAttr == nil {
		return true
	}
	if ref, whole, ok := cfOriginValueRef(rec.Module, nameAttr.Expr, 0); ok && whole && ref.Resource.Type == "aws_route53_zone" && ref.Attr == "name" {
		if ref.Resource == zone {
			return true
		}
		other, known := cfOriginZoneName(ref.Resource)
		return !known || !apexKnown || cfOriginSameName(other, apex)
	}
	name, ok := rec.Module.EvalString(nameAttr.Expr, rec)
	return !ok || !apexKnown || name == "" || cfOriginSameName(name, apex)
}

// aliasesDistribution reports whether a record is an alias of this distribution.
func (c *cfOriginCheck) aliasesDistribution(rec *model.Resource) bool {
	for _, alias := range rec.Body.AllBlocks("alias") {
		target := alias.Body.Attr("name")
		if target == nil {
			continue
		}
		if ref, whole, ok := cfOriginValueRef(rec.Module, target.Expr, 0); ok && whole && ref.Resource == c.dist {
			return true
		}
	}
	return false
}

// privateZoneOf returns the private hosted zone a record is in, when known,
// unless a public zone of the same name may answer for it (split-horizon DNS).
func (c *cfOriginCheck) privateZoneOf(rec *model.Resource) *model.Resource {
	zoneID := rec.Body.Attr("zone_id")
	if zoneID == nil {
		return nil
	}
	ref, whole, ok := cfOriginValueRef(rec.Module, zoneID.Expr, 0)
	if !ok || !whole || ref.Resource.Type != "aws_route53_zone" || ref.Resource.Absent() || (ref.Attr != "zone_id" && ref.Attr != "id") {
		return nil
	}
	zone := ref.Resource
	if private, known := cfOriginZonePrivate(zone); !known || !private {
		return nil
	}
	if c.cfg.HasOpaqueModules() || c.publicTwinMayExist(zone) {
		return nil
	}
	return zone
}

// publicTwinMayExist reports whether a zone that may be public may have the private zone's name.
func (c *cfOriginCheck) publicTwinMayExist(private *model.Resource) bool {
	name, known := cfOriginZoneName(private)
	twin := false
	c.cfg.Module.Walk(func(m *model.Module) {
		for _, list := range [][]*model.Resource{m.Resources, m.DataSources} {
			for _, z := range list {
				if z == private || z.Type != "aws_route53_zone" || z.Absent() {
					continue
				}
				if isPrivate, ok := cfOriginZonePrivate(z); ok && isPrivate {
					continue
				}
				other, ok := cfOriginZoneName(z)
				if !known || !ok || cfOriginSameName(name, other) {
					twin = true
				}
			}
		}
	})
	return twin
}

// cfOriginZonePrivate reports whether a hosted zone is private: a managed zone
// with a vpc block, or a data source that looks up a private zone (by
// private_zone = true, or by the VPC it is associated with).
func cfOriginZonePrivate(zone *model.Resource) (private, known bool) {
	if zone.Data {
		if vpcID := zone.Body.Attr("vpc_id"); vpcID != nil {
			if v := zone.Module.Eval(vpcID.Expr, zone); !v.IsKnown() || !v.IsNull() {
				return true, true
			}
		}
		attr := zone.Body.Attr("private_zone")
		if attr == nil {
			return false, true
		}
		return zone.Module.EvalBool(attr.Expr, zone)
	}
	for _, vpc := range zone.Body.AllBlocks("vpc") {
		if !vpc.Dynamic {
			return true, true
		}
		n, ok := cfOriginLength(zone.Module.Eval(vpc.ForEach, zone))
		if !ok {
			return false, false
		}
		if n > 0 {
			return true, true
		}
	}
	return false, true
}

func cfOriginZoneName(zone *model.Resource) (string, bool) {
	attr := zone.Body.Attr("name")
	if attr == nil {
		return "", false
	}
	return zone.Module.EvalString(attr.Expr, zone)
}

// cfOriginSameName compares DNS names, which are case-insensitive and may end in a dot.
func cfOriginSameName(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "."), strings.TrimSuffix(b, "."))
}

// checkTargets reports cache behaviors whose target_origin_id names no origin
// or origin group, when every id of the distribution is known.
func (c *cfOriginCheck) checkTargets() error {
	ids, complete := c.originIDs()
	if !complete {
		return nil
	}
	for _, kind := range []string{"default_cache_behavior", "ordered_cache_behavior"} {
		for _, behavior := range c.dist.Body.AllBlocks(kind) {
			target := behavior.Body.Attr("target_origin_id")
			if target == nil {
				continue
			}
			if !behavior.Dynamic {
				if err := c.checkTarget(kind, behavior, target, nil, ids); err != nil {
					return err
				}
				continue
			}
			elements, ok := c.elements(behavior)
			if !ok {
				continue
			}
			if !model.RefersTo(target.Expr, behavior.Iterator) && len(elements) > 0 {
				elements = elements[:1]
			}
			for _, e := range elements {
				if err := c.checkTarget(kind, behavior, target, e, ids); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (c *cfOriginCheck) checkTarget(kind string, behavior *model.Block, target *hcl.Attribute, elem *cfOriginElement, ids map[string]bool) error {
	id, ok := c.evalString(target.Expr, elem)
	if !ok || ids[id] {
		return nil
	}
	what := c.dist.Address() + " " + kind + elem.label()
	if kind == "ordered_cache_behavior" {
		if p := behavior.Body.Attr("path_pattern"); p != nil {
			if pattern, ok := c.evalString(p.Expr, elem); ok {
				what += fmt.Sprintf(" (path_pattern %s)", cfOriginQuote(pattern))
			}
		}
	}
	msg := fmt.Sprintf("%s target_origin_id %s names no origin or origin group of the distribution (%s): CloudFront rejects the distribution. Set it to the origin_id of one of its origins or origin groups.",
		what, cfOriginQuote(id), cfOriginIDList(ids))
	return c.runner.EmitIssue(c.rule, msg, c.reportRange(target.Expr, behavior, elem))
}

// originIDs returns the ids of the distribution's origins and origin groups;
// complete is false when some id cannot be known.
func (c *cfOriginCheck) originIDs() (ids map[string]bool, complete bool) {
	ids = map[string]bool{}
	for _, kind := range []string{"origin", "origin_group"} {
		for _, b := range c.dist.Body.AllBlocks(kind) {
			attr := b.Body.Attr("origin_id")
			if attr == nil {
				return nil, false
			}
			elements := []*cfOriginElement{nil}
			if b.Dynamic {
				var ok bool
				if elements, ok = c.elements(b); !ok {
					return nil, false
				}
			}
			for _, e := range elements {
				id, ok := c.evalString(attr.Expr, e)
				if !ok {
					return nil, false
				}
				ids[id] = true
			}
		}
	}
	return ids, true
}

func cfOriginIDList(ids map[string]bool) string {
	if len(ids) == 0 {
		return "it has none"
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	sort.Strings(list)
	const shown = 8
	quoted := make([]string, 0, shown)
	for i, id := range list {
		if i == shown {
			quoted = append(quoted, fmt.Sprintf("and %d more", len(list)-shown))
			break
		}
		quoted = append(quoted, cfOriginQuote(id))
	}
	return "its ids are " + strings.Join(quoted, ", ")
}

// usesVPCOrigin reports whether the origin may connect through a CloudFront
// VPC origin, which reaches private addresses.
func (c *cfOriginCheck) usesVPCOrigin(origin *model.Block, elem *cfOriginElement) bool {
	for _, v := range origin.Body.AllBlocks("vpc_origin_config") {
		if !v.Dynamic || v.ForEach == nil {
			return true
		}
		if n, ok := cfOriginLength(c.eval(v.ForEach, elem)); !ok || n > 0 {
			return true
		}
	}
	return false
}

// reportRange is where a finding about an expression goes. A value that comes
// from a dynamic block's iterator is reported at the block's for_each in a
// called module, since TFLint keeps findings there only at expressions that
// use the module's variables.
func (c *cfOriginCheck) reportRange(expr hcl.Expression, block *model.Block, elem *cfOriginElement) hcl.Range {
	if elem != nil && !c.cfg.IsRoot && block.ForEach != nil {
		return block.ForEach.Range()
	}
	return expr.Range()
}

// elements lists the for_each elements of a top-level dynamic block, when known.
func (c *cfOriginCheck) elements(b *model.Block) ([]*cfOriginElement, bool) {
	if b.ForEach == nil {
		return nil, false
	}
	v := c.mod.Eval(b.ForEach, c.dist)
	n, ok := cfOriginLength(v)
	if !ok || n > cfOriginMaxElements {
		return nil, false
	}
	out := make([]*cfOriginElement, 0, n)
	for it := v.ElementIterator(); it.Next(); {
		key, value := it.Element()
		out = append(out, &cfOriginElement{iterator: b.Iterator, key: key, value: value})
	}
	return out, true
}

// cfOriginLength is the number of elements of a known collection a for_each can iterate.
func cfOriginLength(v cty.Value) (int, bool) {
	if !v.IsKnown() || v.IsNull() {
		return 0, false
	}
	t := v.Type()
	if !t.IsListType() && !t.IsSetType() && !t.IsMapType() && !t.IsObjectType() && !t.IsTupleType() {
		return 0, false
	}
	if t.IsSetType() && !v.IsWhollyKnown() {
		return 0, false
	}
	return v.LengthInt(), true
}

func (e *cfOriginElement) label() string {
	if e == nil || !e.key.IsKnown() || e.key.IsNull() {
		return ""
	}
	switch e.key.Type() {
	case cty.String:
		return "[" + cfOriginQuote(e.key.AsString()) + "]"
	case cty.Number:
		return "[" + e.key.AsBigFloat().Text('f', -1) + "]"
	}
	return ""
}

func (c *cfOriginCheck) evalString(expr hcl.Expression, elem *cfOriginElement) (string, bool) {
	v := c.eval(expr, elem)
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// eval evaluates an expression of the distribution; inside a dynamic block's
// content, the iterator is bound to one element of its for_each.
func (c *cfOriginCheck) eval(expr hcl.Expression, elem *cfOriginElement) cty.Value {
	if elem == nil || expr == nil || !model.RefersTo(expr, elem.iterator) {
		return c.mod.Eval(expr, c.dist)
	}
	iterator := cty.ObjectVal(map[string]cty.Value{"key": elem.key, "value": elem.value})
	return c.mod.EvalWith(expr, c.dist, map[string]cty.Value{elem.iterator: iterator})
}

// cfOriginValueRef finds the resource attribute an expression's value begins
// with, following locals, the arguments of the call that loaded the module and
// the outputs of readable called modules. whole is true when the value is that
// attribute and nothing else: the bare reference, or a template that only wraps it.
func cfOriginValueRef(mod *model.Module, expr hcl.Expression, depth int) (ref model.Ref, whole, ok bool) {
	if depth > cfOriginMaxRefDepth {
		return ref, false, false
	}
	e := cfOriginSyntax(expr)
	whole = true
	for {
		switch x := e.(type) {
		case *hclsyntax.TemplateWrapExpr:
			e = x.Wrapped
		case *hclsyntax.ParenthesesExpr:
			e = x.Expression
		case *hclsyntax.TemplateExpr:
			if len(x.Parts) == 0 {
				return ref, false, false
			}
			if len(x.Parts) > 1 {
				whole = false
			}
			e = x.Parts[0]
		case *hclsyntax.ScopeTraversalExpr:
			found, bare, resolved := cfOriginTraversalRef(mod, x.Traversal, depth)
			return found, whole && bare, resolved
		case *hclsyntax.IndexExpr:
			// An element of the collection: `tolist(zone.name_servers)[var.i]`.
			e = x.Collection
		case *hclsyntax.RelativeTraversalExpr:
			// `tolist(zone.name_servers)[0]`: only indexes, no attribute.
			for _, step := range x.Traversal {
				if _, isIndex := step.(hcl.TraverseIndex); !isIndex {
					return ref, false, false
				}
			}
			e = x.Source
		case *hclsyntax.FunctionCallExpr:
			// Functions that pass an element or the value itself through.
			if !cfOriginPassThrough[x.Name] || len(x.Args) == 0 || x.ExpandFinal {
				return ref, false, false
			}
			e = x.Args[0]
		default:
			return ref, false, false
		}
	}
}

// cfOriginPassThrough are functions whose result is their first argument or
// one of its elements.
var cfOriginPassThrough = map[string]bool{"element": true, "one": true, "tolist": true, "toset": true, "tostring": true}

// cfOriginSyntax returns an expression in native syntax; a JSON string is
// parsed as the template Terraform reads it as.
func cfOriginSyntax(expr hcl.Expression) hclsyntax.Expression {
	if expr == nil {
		return nil
	}
	if s, ok := expr.(hclsyntax.Expression); ok {
		return s
	}
	// A JSON string evaluated without a context is its literal text.
	v, diags := expr.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return nil
	}
	start := expr.Range().Start
	start.Column++
	start.Byte++
	tmpl, diags := hclsyntax.ParseTemplate([]byte(v.AsString()), expr.Range().Filename, start)
	if diags.HasErrors() {
		return nil
	}
	return tmpl
}

func cfOriginTraversalRef(mod *model.Module, tr hcl.Traversal, depth int) (model.Ref, bool, bool) {
	none := model.Ref{}
	name := func(i int) string {
		if i < len(tr) {
			if a, ok := tr[i].(hcl.TraverseAttr); ok {
				return a.Name
			}
		}
		return ""
	}
	switch root := tr.RootName(); root {
	case "count", "each", "self", "path", "terraform":
		return none, false, false
	case "local":
		attr := mod.Locals[name(1)]
		if attr == nil {
			return none, false, false
		}
		return cfOriginJoin(tr, 2)(cfOriginValueRef(mod, attr.Expr, depth+1))
	case "var":
		if mod.Call == nil {
			return none, false, false
		}
		arg := mod.Call.Body.Attr(name(1))
		if arg == nil {
			return none, false, false
		}
		return cfOriginJoin(tr, 2)(cfOriginValueRef(mod.Call.Parent, arg.Expr, depth+1))
	case "module":
		for _, call := range mod.Calls {
			if call.Name != name(1) || call.Module == nil {
				continue
			}
			output, next := cfOriginAttrAt(tr, 2)
			for _, o := range call.Module.Outputs {
				if o.Name == output && o.Expr != nil {
					return cfOriginJoin(tr, next)(cfOriginValueRef(call.Module, o.Expr, depth+1))
				}
			}
		}
		return none, false, false
	case "data":
		if r := mod.DataSource(name(1), name(2)); r != nil {
			return cfOriginJoin(tr, 3)(model.Ref{Resource: r}, true, true)
		}
		return none, false, false
	default:
		if r := mod.Resource(root, name(1)); r != nil {
			return cfOriginJoin(tr, 2)(model.Ref{Resource: r}, true, true)
		}
		return none, false, false
	}
}

// cfOriginJoin applies the rest of a traversal, from position i, to what its
// head resolved to: the attribute of a whole object, then only instance indexes.
func cfOriginJoin(tr hcl.Traversal, i int) func(model.Ref, bool, bool) (model.Ref, bool, bool) {
	return func(ref model.Ref, whole, ok bool) (model.Ref, bool, bool) {
		if !ok {
			return ref, false, false
		}
		if ref.Attr == "" {
			attr, next := cfOriginAttrAt(tr, i)
			if attr == "" {
				return ref, false, false
			}
			ref.Attr, i = attr, next
		}
		for ; i < len(tr); i++ {
			if _, isIndex := tr[i].(hcl.TraverseIndex); !isIndex {
				return ref, false, false
			}
		}
		return ref, whole, true
	}
}

// cfOriginAttrAt is the first attribute name at or after position i of a
// traversal, skipping instance indexes, and the position after it.
func cfOriginAttrAt(tr hcl.Traversal, i int) (string, int) {
	for ; i < len(tr); i++ {
		switch s := tr[i].(type) {
		case hcl.TraverseAttr:
			return s.Name, i + 1
		case hcl.TraverseIndex:
		default:
			return "", len(tr)
		}
	}
	return "", len(tr)
}

// cfOriginQuote quotes a value for a message, shortened when long.
func cfOriginQuote(s string) string {
	const max = 80
	if len(s) <= max {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:max]) + "..."
}

// cfOriginReservedSuffixes are names that can never resolve in public DNS:
// special-use names reserved by the IETF (RFC 2606, 6761, 6762, 7686, 8375,
// 9476) and .internal, which ICANN reserved for private use in 2024. Names
// that are merely unassigned today (.corp, .home, .lan, .localdomain) are
// not listed: they could be delegated one day.
var cfOriginReservedSuffixes = []string{
	"localhost", "local", "internal", "test", "invalid", "example", "onion", "alt", "home.arpa",
}

// cloudfrontOriginHostProblem explains why CloudFront rejects, or cannot reach
// over the internet, an origin whose domain_name is host; "" when host may be
// a valid public origin. It accepts any input.
func cloudfrontOriginHostProblem(host string) string {
	if p := cloudfrontOriginHostSyntaxProblem(host); p != "" {
		return p
	}
	if cfOriginIsIP(host) {
		return "is an IP address: CloudFront needs a DNS name for an origin and rejects IP addresses. Use a DNS name that resolves to the server, such as a Route 53 record, the instance's public_dns or a load balancer's dns_name."
	}
	name := strings.TrimSuffix(host, ".")
	for _, suffix := range cfOriginReservedSuffixes {
		if cfOriginHasLabelSuffix(name, suffix) {
			return fmt.Sprintf("ends in .%s, a name reserved for private or special use that public DNS never resolves: CloudFront resolves origin names in public DNS, so it cannot reach this origin. Use a publicly resolvable name, or a CloudFront VPC origin (vpc_origin_config) for a server in a private subnet.", suffix)
		}
	}
	last := name[strings.LastIndexByte(name, '.')+1:]
	if cfOriginAllDigits(last) {
		return "ends in an all-numeric label, so it is neither an IP address nor a resolvable DNS name: CloudFront rejects it or cannot resolve it. Use the origin's DNS name."
	}
	if !strings.Contains(name, ".") {
		return "is a single label, not a fully qualified domain name: CloudFront resolves origin names in public DNS, where it has no address. Use the origin's full DNS name, such as an S3 bucket's bucket_regional_domain_name or a load balancer's dns_name."
	}
	return ""
}

// cloudfrontOriginHostSyntaxProblem explains why host is not a DNS name
// CloudFront accepts as an origin's domain_name, whatever the network can
// reach; "" when it may be one. IP addresses are left to the caller. It
// accepts any input.
func cloudfrontOriginHostSyntaxProblem(host string) string {
	if strings.TrimSpace(host) == "" {
		return "is empty: CloudFront needs the DNS name of the server or bucket to fetch from, such as an S3 bucket's bucket_regional_domain_name or a load balancer's dns_name."
	}
	if cfOriginIsIP(host) {
		return ""
	}
	if strings.ContainsAny(host, " \t\n\r\v\f") {
		return "contains whitespace, which no DNS name can: CloudFront rejects it. Remove the spaces or line breaks, e.g. with trimspace()."
	}
	if cfOriginHasScheme(host) {
		return "includes a URL scheme: CloudFront accepts only a DNS name here and rejects the distribution. Remove the scheme and choose the protocol with custom_origin_config's origin_protocol_policy."
	}
	if strings.Contains(host, "/") {
		return "includes a path: CloudFront accepts only a DNS name here and rejects the distribution. Keep only the host name and put the path in origin_path."
	}
	if strings.ContainsAny(host, "?#") {
		return "includes a query string or fragment: CloudFront accepts only a DNS name here and rejects the distribution. Keep only the host name."
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 && len(host)-i-1 >= 1 && len(host)-i-1 <= 5 && cfOriginAllDigits(host[i+1:]) {
		return "includes a port: CloudFront accepts only a DNS name here and rejects the distribution. Keep only the host name and set the port with custom_origin_config's http_port or https_port."
	}
	ascii := true
	for i := 0; i < len(host); i++ {
		b := host[i]
		if b >= 0x80 {
			ascii = false
			continue
		}
		if !cfOriginHostByte(b) {
			return "contains characters that a DNS name cannot (only letters, digits, hyphens, underscores and dots): CloudFront rejects it. Use the origin's DNS name."
		}
	}
	name := strings.TrimSuffix(host, ".")
	if ascii && len(name) > 253 {
		return "is longer than 253 characters, so it is not a valid DNS name: CloudFront rejects it. Use the origin's DNS name."
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '.' {
			continue
		}
		switch size := i - start; {
		case size == 0:
			return "has an empty label (a leading dot or two dots in a row), so it is not a valid DNS name: CloudFront rejects it or cannot resolve it. Use the origin's DNS name."
		case size > 63 && ascii:
			return "has a label longer than 63 characters, so it is not a valid DNS name: CloudFront rejects it or cannot resolve it. Use the origin's DNS name."
		}
		start = i + 1
	}
	return ""
}

func cfOriginIsIP(host string) bool {
	if len(host) >= 2 && host[0] == '[' && host[len(host)-1] == ']' {
		host = host[1 : len(host)-1]
	}
	_, err := netip.ParseAddr(host)
	return err == nil
}

// cfOriginHasScheme reports whether s starts with a URL scheme and "://".
func cfOriginHasScheme(s string) bool {
	end := strings.Index(s, "://")
	if end <= 0 {
		return false
	}
	for i := 0; i < end; i++ {
		b := s[i]
		letter := b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
		if !letter && (i == 0 || !(b >= '0' && b <= '9' || b == '+' || b == '.' || b == '-')) {
			return false
		}
	}
	return true
}

func cfOriginHostByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '.' || b == '_'
}

func cfOriginAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// cfOriginHasLabelSuffix reports whether name is suffix or ends in "."+suffix, ignoring case.
func cfOriginHasLabelSuffix(name, suffix string) bool {
	if len(name) == len(suffix) {
		return strings.EqualFold(name, suffix)
	}
	return len(name) > len(suffix) && name[len(name)-len(suffix)-1] == '.' && strings.EqualFold(name[len(name)-len(suffix):], suffix)
}
