package rules

import (
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// A self-managed VPN server (OpenVPN, WireGuard, strongSwan on an instance
// or an Auto Scaling group) is a private way into its VPC. It is told by its
// security groups: they admit, from the whole internet, every UDP port of one
// of data.SelfManagedVPNPorts.

// privateAccessVPNServerTypes are the resources that can run a VPN server.
var privateAccessVPNServerTypes = map[string]bool{"aws_instance": true, "aws_autoscaling_group": true}

// privateAccessSecurityGroupTypes are the security groups whose ingress is read.
var privateAccessSecurityGroupTypes = map[string]bool{"aws_security_group": true, "aws_default_security_group": true}

// privateAccessVPNServerReads are the arguments a VPN server's security
// groups are read through.
var privateAccessVPNServerReads = []string{
	"security_group_id", "type", "protocol", "ip_protocol", "from_port", "to_port",
	"cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6", "ingress",
	"ingress{}.protocol", "ingress{}.from_port", "ingress{}.to_port", "ingress{}.cidr_blocks", "ingress{}.ipv6_cidr_blocks",
}

// isVPNServer reports whether an instance or group is a VPN server.
func (c *privateAccessCheck) isVPNServer(res *model.Resource) bool {
	if !privateAccessVPNServerTypes[res.Type] {
		return false
	}
	var open []privateAccessPortRange
	for _, sg := range c.securityGroups(res, map[*model.Resource]bool{}) {
		open = append(open, c.worldUDPIngress(sg)...)
	}
	for _, ports := range data.SelfManagedVPNPorts {
		all := true
		for _, p := range ports {
			all = all && privateAccessPortOpen(open, int64(p))
		}
		if all {
			return true
		}
	}
	return false
}

// securityGroups are the security groups a resource is placed in, directly
// or through the launch templates, launch configurations and network
// interfaces it refers to.
func (c *privateAccessCheck) securityGroups(res *model.Resource, seen map[*model.Resource]bool) []*model.Resource {
	var out []*model.Resource
	for _, expr := range privateAccessPlacementExprs(res) {
		refs, _ := res.Module.References(expr)
		for _, ref := range refs {
			r := ref.Resource
			if seen[r] || r.Data {
				continue
			}
			seen[r] = true
			switch {
			case privateAccessSecurityGroupTypes[r.Type]:
				out = append(out, r)
			case r.Type == "aws_launch_template", r.Type == "aws_launch_configuration", r.Type == "aws_network_interface":
				out = append(out, c.securityGroups(r, seen)...)
			}
		}
	}
	return out
}

// privateAccessPortRange is an inclusive range of ports.
type privateAccessPortRange struct{ from, to int64 }

func privateAccessPortOpen(ranges []privateAccessPortRange, port int64) bool {
	for _, r := range ranges {
		if port >= r.from && port <= r.to {
			return true
		}
	}
	return false
}

// worldUDPIngress are the UDP port ranges a security group admits from the
// whole internet, through its inline ingress and the rule resources that
// add to it. A permission whose protocol, ports or sources cannot be known
// admits nothing here.
func (c *privateAccessCheck) worldUDPIngress(sg *model.Resource) []privateAccessPortRange {
	var out []privateAccessPortRange
	eval := func(owner *model.Resource, body *model.Body) func(string) cty.Value {
		return func(name string) cty.Value {
			if a := body.Attr(name); a != nil {
				return owner.Module.Eval(a.Expr, owner)
			}
			return cty.NullVal(cty.DynamicPseudoType)
		}
	}
	for _, blk := range sg.Body.AllBlocks("ingress") {
		out = append(out, privateAccessWorldUDP(eval(sg, blk.Body), publicAdminPortInline)...)
	}
	if a := sg.Body.Attr("ingress"); a != nil {
		if list := sg.Module.Eval(a.Expr, sg); list.IsKnown() && !list.IsNull() && list.CanIterateElements() {
			for it := list.ElementIterator(); it.Next(); {
				_, item := it.Element()
				out = append(out, privateAccessWorldUDP(privateAccessObjectFields(item), publicAdminPortInline)...)
			}
		}
	}
	for _, rule := range c.ingressRulesOf(sg) {
		schema := publicAdminPortVPCIngress
		if rule.Type == "aws_security_group_rule" {
			schema = publicAdminPortInline
			if kind, ok := publicAdminPortString(eval(rule, rule.Body)("type")); !ok || kind != "ingress" {
				continue
			}
		}
		out = append(out, privateAccessWorldUDP(eval(rule, rule.Body), schema)...)
	}
	return out
}

// ingressRulesOf are the aws_security_group_rule and
// aws_vpc_security_group_ingress_rule resources whose security_group_id refers to sg.
func (c *privateAccessCheck) ingressRulesOf(sg *model.Resource) []*model.Resource {
	if c.ingressRules == nil {
		c.ingressRules = map[*model.Resource][]*model.Resource{}
		for _, rule := range c.cfg.AllResources() {
			if rule.Type != "aws_security_group_rule" && rule.Type != "aws_vpc_security_group_ingress_rule" {
				continue
			}
			a := rule.Body.Attr("security_group_id")
			if a == nil {
				continue
			}
			refs, _ := rule.Module.References(a.Expr)
			for _, ref := range refs {
				c.ingressRules[ref.Resource] = append(c.ingressRules[ref.Resource], rule)
			}
		}
	}
	return c.ingressRules[sg]
}

// privateAccessObjectFields reads the arguments of an evaluated permission object.
func privateAccessObjectFields(obj cty.Value) func(string) cty.Value {
	return func(name string) cty.Value {
		if obj.IsKnown() && !obj.IsNull() && obj.Type().IsObjectType() && obj.Type().HasAttribute(name) {
			return obj.GetAttr(name)
		}
		return cty.NullVal(cty.DynamicPseudoType)
	}
}

// privateAccessWorldUDP is the UDP port range one permission admits from the
// whole internet, if any.
func privateAccessWorldUDP(field func(string) cty.Value, schema publicAdminPortSchema) []privateAccessPortRange {
	world := false
	for _, name := range schema.cidrs {
		world = world || len(publicAdminPortWorldCIDRs(field(name))) > 0
	}
	protocol, ok := publicAdminPortString(field(schema.protocol))
	if !world || !ok {
		return nil
	}
	switch strings.ToLower(protocol) {
	case "-1", "all":
		return []privateAccessPortRange{{0, 65535}}
	case "udp", "17":
	default:
		return nil
	}
	from, okFrom := model.IntValue(field("from_port"))
	to, okTo := model.IntValue(field("to_port"))
	if !okFrom || !okTo {
		return nil
	}
	return []privateAccessPortRange{{from, to}}
}
