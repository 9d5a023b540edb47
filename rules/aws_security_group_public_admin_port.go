package rules

import (
	"fmt"
	"net"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
)

// AwsSecurityGroupPublicAdminPortRule flags ingress that opens remote
// administration ports (SSH, RDP) to the whole internet.
type AwsSecurityGroupPublicAdminPortRule struct {
	tflint.DefaultRule
}

// publicAdminPortConfig is the rule block.
type publicAdminPortConfig struct {
	// Ports are the TCP ports that must not be reachable from anywhere.
	Ports []int `hclext:"ports,optional"`
}

// NewAwsSecurityGroupPublicAdminPortRule returns the rule.
func NewAwsSecurityGroupPublicAdminPortRule() *AwsSecurityGroupPublicAdminPortRule {
	return &AwsSecurityGroupPublicAdminPortRule{}
}

func (r *AwsSecurityGroupPublicAdminPortRule) Name() string {
	return "aws_security_group_public_admin_port"
}
func (r *AwsSecurityGroupPublicAdminPortRule) Enabled() bool             { return true }
func (r *AwsSecurityGroupPublicAdminPortRule) Severity() tflint.Severity { return tflint.ERROR }
func (r *AwsSecurityGroupPublicAdminPortRule) Link() string              { return project.ReferenceLink(r.Name()) }

// publicAdminPortNames name the well-known administration ports in messages.
var publicAdminPortNames = map[int64]string{22: "SSH", 3389: "RDP"}

// publicAdminPortSchema names one kind of ingress permission's arguments.
type publicAdminPortSchema struct {
	protocol string
	cidrs    []string
}

var (
	publicAdminPortInline     = publicAdminPortSchema{protocol: "protocol", cidrs: []string{"cidr_blocks", "ipv6_cidr_blocks"}}
	publicAdminPortVPCIngress = publicAdminPortSchema{protocol: "ip_protocol", cidrs: []string{"cidr_ipv4", "cidr_ipv6"}}
)

// Reads is what the rule reads of resource bodies.
func (r *AwsSecurityGroupPublicAdminPortRule) Reads() []model.Reads {
	return []model.Reads{{Paths: append([]string{
		"ingress", "ingress{}.from_port", "ingress{}.to_port", "ingress{}.protocol", "ingress{}.cidr_blocks", "ingress{}.ipv6_cidr_blocks",
		"type", "from_port", "to_port", "protocol", "cidr_blocks", "ipv6_cidr_blocks", "ip_protocol", "cidr_ipv4", "cidr_ipv6",
	}, securityGroupAttachmentPaths...)}}
}

func (r *AwsSecurityGroupPublicAdminPortRule) Check(runner tflint.Runner) error {
	conf := publicAdminPortConfig{Ports: []int{22, 3389}}
	if err := ruleconfig.Decode(runner, r.Name(), &conf); err != nil {
		return err
	}
	for _, p := range conf.Ports {
		if p < 0 || p > 65535 {
			return &ruleconfig.Error{Rule: r.Name(), Err: fmt.Errorf("ports: %d is not a port number (0-65535)", p)}
		}
	}
	check := &publicAdminPortCheck{report: report.New(runner, r), ports: conf.Ports, reported: map[publicAdminPortSite]bool{}}
	cfg := model.For(runner)
	for _, typ := range model.SortedKeys(publicAdminPortTypes) {
		for _, res := range cfg.ResourcesOfType(typ) {
			if publicAdminPortEndpointOnly(cfg, res) {
				continue
			}
			for _, inst := range check.instances(res) {
				check.instance(res, inst)
			}
		}
	}
	return check.report.Flush()
}

// publicAdminPortTypes are the resources that can open ingress.
var publicAdminPortTypes = map[string]bool{
	"aws_security_group": true, "aws_default_security_group": true,
	"aws_security_group_rule": true, "aws_vpc_security_group_ingress_rule": true,
}

// publicAdminPortEndpointOnly reports whether the permissions of res belong
// only to groups attached to VPC endpoints and nothing else: an endpoint's
// network interfaces have no public address and accept only the service's
// own ports (443), so no SSH or RDP listens there. A rule resource's group
// must be known for it to be skipped.
func publicAdminPortEndpointOnly(cfg *model.Config, res *model.Resource) bool {
	uses := securityGroupUsesOf(cfg)
	if res.Type == "aws_security_group" {
		return uses[res].endpointOnly()
	}
	attr := res.Body.Attr("security_group_id")
	if res.Type == "aws_default_security_group" || attr == nil {
		return false
	}
	groups, complete := securityGroupsIn(res, nil, attr.Expr)
	if !complete || len(groups) == 0 {
		return false
	}
	for _, g := range groups {
		if !uses[g].endpointOnly() {
			return false
		}
	}
	return true
}

func (c *publicAdminPortCheck) instance(res *model.Resource, inst model.Instance) {
	address := res.Address() + inst.Key
	switch res.Type {
	case "aws_security_group", "aws_default_security_group":
		c.inlineIngress(res, inst.Vars, "An ingress rule of "+address)
	case "aws_security_group_rule":
		if typ := res.Body.Attr("type"); typ != nil {
			if v, ok := publicAdminPortString(res.Module.EvalWith(typ.Expr, res, inst.Vars)); ok && v == "ingress" {
				c.permission(res, address, c.bodyFields(res, nil, inst.Vars), publicAdminPortInline, res.DeclRange)
			}
		}
	case "aws_vpc_security_group_ingress_rule":
		c.permission(res, address, c.bodyFields(res, nil, inst.Vars), publicAdminPortVPCIngress, res.DeclRange)
	}
}

// instances expands a resource's known count or for_each, so that rules
// written once per element (the usual for_each over a map of rules, or the
// count.index lookups of the terraform-aws-modules security-group module) are
// judged per element. Otherwise there is one instance and count and each stay unknown.
func (c *publicAdminPortCheck) instances(res *model.Resource) []model.Instance {
	if in := res.Instances(); len(in) > 0 {
		return in
	}
	return []model.Instance{{}}
}

type publicAdminPortCheck struct {
	report *report.Reporter
	ports  []int
	// reported keeps instances of the same code from reporting one block twice.
	reported map[publicAdminPortSite]bool
}

// publicAdminPortSite is a permission's block in one module: a module called
// twice holds the same code twice.
type publicAdminPortSite struct {
	mod   *model.Module
	block hcl.Range
}

// publicAdminPortField is one argument of a permission: its value (unknown
// when it cannot be known) and the expression it comes from.
type publicAdminPortField struct {
	value cty.Value
	expr  hcl.Expression
	set   bool
}

type publicAdminPortFields func(name string) publicAdminPortField

// inlineIngress judges a group's ingress blocks and its `ingress = [...]`
// argument. JSON has no syntax to tell them apart, so a JSON "ingress"
// property always arrives as the argument; only dynamic blocks are blocks there.
func (c *publicAdminPortCheck) inlineIngress(res *model.Resource, vars map[string]cty.Value, subject string) {
	for _, blk := range res.Body.AllBlocks("ingress") {
		for _, blockVars := range c.blockInstances(res, blk, vars) {
			c.permission(res, subject, c.bodyFields(res, blk, blockVars), publicAdminPortInline, blk.DefRange)
		}
	}
	attr := res.Body.Attr("ingress")
	if attr == nil {
		return
	}
	if items, diags := hcl.ExprList(attr.Expr); !diags.HasErrors() {
		for _, item := range items {
			c.permission(res, subject, c.itemFields(res, item, vars), publicAdminPortInline, item.Range())
		}
		return
	}
	list := res.Module.EvalWith(attr.Expr, res, vars)
	if !list.IsKnown() || list.IsNull() || !(list.Type().IsListType() || list.Type().IsSetType() || list.Type().IsTupleType()) {
		return
	}
	for it := list.ElementIterator(); it.Next(); {
		_, v := it.Element()
		c.permission(res, subject, publicAdminPortValueFields(v, publicAdminPortSource(res, nil, attr.Expr)), publicAdminPortInline, res.DeclRange)
	}
}

// blockInstances returns the names bound in each block a static or dynamic
// block stands for. A dynamic block whose for_each is not known to create a
// block stands for none; one with too many elements to expand is judged once,
// with its iterator unknown.
func (c *publicAdminPortCheck) blockInstances(res *model.Resource, blk *model.Block, vars map[string]cty.Value) []map[string]cty.Value {
	if !blk.Dynamic {
		return []map[string]cty.Value{vars}
	}
	if blk.ForEach == nil {
		return nil
	}
	v := res.Module.EvalWith(blk.ForEach, res, vars)
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() || v.LengthInt() == 0 {
		return nil
	}
	elements := model.Elements(v, true)
	if elements == nil {
		return []map[string]cty.Value{vars}
	}
	out := make([]map[string]cty.Value, 0, len(elements))
	for _, el := range elements {
		bound := map[string]cty.Value{blk.Iterator: cty.ObjectVal(map[string]cty.Value{"key": el.Key, "value": el.Value})}
		for name, val := range vars {
			if name != blk.Iterator {
				bound[name] = val
			}
		}
		out = append(out, bound)
	}
	return out
}

// bodyFields reads the arguments of a permission block, or of the resource
// itself when blk is nil.
func (c *publicAdminPortCheck) bodyFields(res *model.Resource, blk *model.Block, vars map[string]cty.Value) publicAdminPortFields {
	body := res.Body
	if blk != nil {
		body = blk.Body
	}
	return func(name string) publicAdminPortField {
		a := body.Attr(name)
		if a == nil {
			return publicAdminPortField{}
		}
		return publicAdminPortField{value: res.Module.EvalWith(a.Expr, res, vars), expr: publicAdminPortSource(res, blk, a.Expr), set: true}
	}
}

// publicAdminPortSource is the expression a value written in res comes from,
// for the reporter to follow to a caller's argument: the for_each (or count)
// that each.* (count.*) or a dynamic block's iterator stand for, else the
// expression itself.
func publicAdminPortSource(res *model.Resource, blk *model.Block, expr hcl.Expression) hcl.Expression {
	if blk != nil && blk.Dynamic && blk.ForEach != nil && model.RefersTo(expr, blk.Iterator) {
		expr = blk.ForEach
	}
	if a := res.Body.Attr("for_each"); a != nil && model.RefersTo(expr, "each") {
		return a.Expr
	}
	if a := res.Body.Attr("count"); a != nil && model.RefersTo(expr, "count") {
		return a.Expr
	}
	return expr
}

// itemFields reads one element of `ingress = [...]`: an object written out
// in place gives each argument its own range, anything else is evaluated whole.
func (c *publicAdminPortCheck) itemFields(res *model.Resource, item hcl.Expression, vars map[string]cty.Value) publicAdminPortFields {
	pairs, diags := hcl.ExprMap(item)
	if diags.HasErrors() {
		return publicAdminPortValueFields(res.Module.EvalWith(item, res, vars), publicAdminPortSource(res, nil, item))
	}
	exprs := map[string]hcl.Expression{}
	for _, p := range pairs {
		if k, diags := p.Key.Value(nil); !diags.HasErrors() && k.IsKnown() && !k.IsNull() && k.Type() == cty.String {
			exprs[k.AsString()] = p.Value
		}
	}
	return func(name string) publicAdminPortField {
		e, ok := exprs[name]
		if !ok {
			return publicAdminPortField{}
		}
		return publicAdminPortField{value: res.Module.EvalWith(e, res, vars), expr: publicAdminPortSource(res, nil, e), set: true}
	}
}

// publicAdminPortValueFields reads an evaluated permission object; all its
// arguments come from the expression that produced it.
func publicAdminPortValueFields(obj cty.Value, expr hcl.Expression) publicAdminPortFields {
	return func(name string) publicAdminPortField {
		switch {
		case !obj.IsKnown():
			return publicAdminPortField{value: cty.DynamicVal, expr: expr, set: true}
		case obj.IsNull():
			return publicAdminPortField{}
		case obj.Type().IsObjectType() && obj.Type().HasAttribute(name):
			return publicAdminPortField{value: obj.GetAttr(name), expr: expr, set: true}
		case obj.Type().IsMapType() && obj.HasIndex(cty.StringVal(name)).True():
			return publicAdminPortField{value: obj.Index(cty.StringVal(name)), expr: expr, set: true}
		}
		return publicAdminPortField{}
	}
}

// permission reports an ingress permission that opens a configured port to
// the world, at its block (the ingress block, the rule resource). Inside a
// called module the reporter shows it at the caller's argument the first
// world-open CIDR comes from, else at the module block.
func (c *publicAdminPortCheck) permission(res *model.Resource, subject string, fields publicAdminPortFields, schema publicAdminPortSchema, block hcl.Range) {
	var world []string
	var source hcl.Expression
	for _, name := range schema.cidrs {
		f := fields(name)
		if !f.set {
			continue
		}
		if found := publicAdminPortWorldCIDRs(f.value); len(found) > 0 {
			world = append(world, found...)
			if source == nil {
				source = f.expr
			}
		}
	}
	site := publicAdminPortSite{mod: res.Module, block: block}
	if source == nil || c.reported[site] {
		return
	}
	what, ok := c.exposure(fields, schema)
	if !ok {
		return
	}
	c.reported[site] = true
	msg := fmt.Sprintf("%s opens %s to %s, so anyone on the internet can try to log in to or exploit the service listening there. Allow only known source CIDRs, prefix lists or security groups, or reach the hosts through SSM Session Manager or EC2 Instance Connect Endpoint instead.",
		subject, what, strings.Join(world, " and "))
	c.report.Report(report.Finding{Subject: res.Address(), Message: msg, Module: res.Module, Range: block, Expr: source})
}

// exposure describes which configured ports a permission opens; ok is false
// when it opens none or that cannot be known. Only TCP and "all protocols"
// count: SSH is TCP-only, and RDP's UDP transport is only used alongside a
// TCP connection to the same port. ICMP's from/to are type and code, not ports.
func (c *publicAdminPortCheck) exposure(fields publicAdminPortFields, schema publicAdminPortSchema) (string, bool) {
	proto := fields(schema.protocol)
	if !proto.set || len(c.ports) == 0 {
		return "", false
	}
	protocol, ok := publicAdminPortString(proto.value)
	if !ok {
		return "", false
	}
	switch strings.ToLower(protocol) {
	case "-1", "all":
		return "all protocols and ports, including " + publicAdminPortList(c.ports) + ",", true
	case "tcp", "6":
	default:
		return "", false
	}
	from, okFrom := model.IntValue(fields("from_port").value)
	to, okTo := model.IntValue(fields("to_port").value)
	if !okFrom || !okTo {
		return "", false
	}
	var open []int
	for _, p := range c.ports {
		if int64(p) >= from && int64(p) <= to {
			open = append(open, p)
		}
	}
	if len(open) == 0 {
		return "", false
	}
	if from == to {
		return "TCP " + publicAdminPortList(open), true
	}
	return fmt.Sprintf("TCP ports %d-%d, including %s,", from, to, publicAdminPortList(open)), true
}

// publicAdminPortList names ports: "port 22 (SSH) and port 3389 (RDP)".
func publicAdminPortList(ports []int) string {
	parts := make([]string, len(ports))
	for i, p := range ports {
		parts[i] = fmt.Sprintf("port %d", p)
		if name, ok := publicAdminPortNames[int64(p)]; ok {
			parts[i] += " (" + name + ")"
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// publicAdminPortWorldCIDRs returns the known CIDRs of a string or list value
// that cover every address (a /0); unknown elements are skipped.
func publicAdminPortWorldCIDRs(v cty.Value) []string {
	if !v.IsKnown() || v.IsNull() {
		return nil
	}
	var candidates []cty.Value
	switch {
	case v.Type() == cty.String:
		candidates = []cty.Value{v}
	case v.CanIterateElements() && !v.Type().IsMapType() && !v.Type().IsObjectType():
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			candidates = append(candidates, e)
		}
	}
	var out []string
	for _, e := range candidates {
		s, ok := publicAdminPortString(e)
		if !ok {
			continue
		}
		_, network, err := net.ParseCIDR(strings.TrimSpace(s))
		if err != nil {
			continue
		}
		if ones, _ := network.Mask.Size(); ones == 0 {
			out = append(out, s)
		}
	}
	return out
}

func publicAdminPortString(v cty.Value) (string, bool) {
	if !v.IsKnown() || v.IsNull() {
		return "", false
	}
	s, err := convert.Convert(v, cty.String)
	if err != nil || !s.IsKnown() || s.IsNull() {
		return "", false
	}
	return s.AsString(), true
}
