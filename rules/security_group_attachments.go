package rules

import (
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// securityGroupAttachmentPaths are the arguments that attach security groups
// to what uses them, by path as model.Reads takes them. security_group_id
// attaches a group through an aws_network_interface_sg_attachment or an
// endpoint association; on the rule resources it configures the group instead.
var securityGroupAttachmentPaths = []string{
	"security_group_id",
	"vpc_security_group_ids", "security_groups", "security_group_ids",
	"vpc_config{}.security_group_ids", "vpc_options{}.security_group_ids",
	"network_configuration{}.security_groups", "network_configuration{}.security_group_ids",
	"network_interfaces{}.security_groups", "compute_resources{}.security_group_ids",
	"broker_node_group_info{}.security_groups",
}

// securityGroupRuleTypes configure a group rather than attach it.
var securityGroupRuleTypes = map[string]bool{
	"aws_security_group_rule": true, "aws_vpc_security_group_ingress_rule": true, "aws_vpc_security_group_egress_rule": true,
}

// securityGroupUse is what the configuration attaches one managed security
// group to.
type securityGroupUse struct {
	// endpoint is set when a VPC endpoint attaches the group, whether the
	// endpoint exists or not (a for_each over an empty default): such a group
	// is an endpoint's group either way.
	endpoint bool
	// consumers are the attachments by anything else, existing or not.
	consumers []securityGroupAttachment
}

// securityGroupAttachment is one argument of a resource that attaches a group.
type securityGroupAttachment struct {
	resource *model.Resource
	// block holds the argument: the resource's body, or a nested block (a
	// dynamic one binds an iterator the argument may use).
	block *model.Block
	expr  hcl.Expression
}

// existingConsumers returns the attachments by resources that exist. Whether
// a resource exists is asked only here, of the groups a rule asks about: it
// may need the host.
func (u *securityGroupUse) existingConsumers() []securityGroupAttachment {
	var out []securityGroupAttachment
	for _, a := range u.consumers {
		if !a.resource.Absent() {
			out = append(out, a)
		}
	}
	return out
}

// endpointOnly reports whether the group is attached to VPC endpoints and to
// nothing else that exists.
func (u *securityGroupUse) endpointOnly() bool {
	return u != nil && u.endpoint && len(u.existingConsumers()) == 0
}

var securityGroupUses = model.NewDerived[map[*model.Resource]*securityGroupUse]("securityGroupUses")

// securityGroupUsesOf returns what each managed group of the configuration is
// attached to; a group attached to nothing the model sees has no entry.
func securityGroupUsesOf(cfg *model.Config) map[*model.Resource]*securityGroupUse {
	return securityGroupUses.Of(cfg, func() map[*model.Resource]*securityGroupUse {
		uses := map[*model.Resource]*securityGroupUse{}
		use := func(g *model.Resource) *securityGroupUse {
			if uses[g] == nil {
				uses[g] = &securityGroupUse{}
			}
			return uses[g]
		}
		cfg.Module.Walk(func(m *model.Module) {
			for _, res := range m.Resources {
				if res.Type == "aws_security_group" || securityGroupRuleTypes[res.Type] {
					continue
				}
				for _, a := range securityGroupAttachmentsOf(res) {
					for _, g := range a.groups {
						if data.ReceiveOnlyEndpointTypes[res.Type] {
							use(g).endpoint = true
						} else {
							use(g).consumers = append(use(g).consumers, a.securityGroupAttachment)
						}
					}
				}
			}
		})
		return uses
	})
}

// securityGroupArgument is one attaching argument with every group it may attach.
type securityGroupArgument struct {
	securityGroupAttachment
	groups []*model.Resource
}

// securityGroupAttachmentsOf returns the arguments by which a resource
// attaches managed security groups.
func securityGroupAttachmentsOf(res *model.Resource) []securityGroupArgument {
	var out []securityGroupArgument
	root := []*model.Block{{Body: res.Body}}
	for _, path := range securityGroupAttachmentSteps {
		blocks := root
		for _, typ := range path.blocks {
			var next []*model.Block
			for _, b := range blocks {
				next = append(next, b.Body.AllBlocks(typ)...)
			}
			blocks = next
		}
		for _, b := range blocks {
			a := b.Body.Attr(path.attr)
			if a == nil {
				continue
			}
			groups, _ := securityGroupsIn(res, b, a.Expr)
			if len(groups) == 0 {
				continue
			}
			out = append(out, securityGroupArgument{
				securityGroupAttachment: securityGroupAttachment{resource: res, block: b, expr: a.Expr},
				groups:                  groups,
			})
		}
	}
	return out
}

// securityGroupAttachmentSteps are securityGroupAttachmentPaths split once:
// they are walked for every resource.
var securityGroupAttachmentSteps = func() []attachmentPath {
	var out []attachmentPath
	for _, path := range securityGroupAttachmentPaths {
		parts := strings.Split(path, ".")
		p := attachmentPath{attr: parts[len(parts)-1]}
		for _, typ := range parts[:len(parts)-1] {
			p.blocks = append(p.blocks, strings.TrimSuffix(typ, "{}"))
		}
		out = append(out, p)
	}
	return out
}()

// attachmentPath is an attaching argument: the nested block types that lead
// to it, and its name.
type attachmentPath struct {
	blocks []string
	attr   string
}

// securityGroupsIn returns the managed security groups an expression of res
// (in blk, nil for the resource's own body) may refer to, following each.*
// and a dynamic block's iterator to the for_each they stand for (the model's
// references skip them); complete is false when some of it cannot be followed
// or refers to something other than a managed group.
func securityGroupsIn(res *model.Resource, blk *model.Block, expr hcl.Expression) (groups []*model.Resource, complete bool) {
	exprs := []hcl.Expression{expr}
	complete = true
	if blk != nil && blk.Dynamic && blk.ForEach != nil && model.RefersTo(expr, blk.Iterator) {
		exprs = append(exprs, blk.ForEach)
	}
	if model.RefersTo(expr, "each") {
		if fe := res.Body.Attr("for_each"); fe != nil {
			exprs = append(exprs, fe.Expr)
		} else {
			complete = false
		}
	}
	for _, e := range exprs {
		refs, ok := res.Module.References(e)
		complete = complete && ok
		for _, ref := range refs {
			if ref.Resource.Type == "aws_security_group" && !ref.Resource.Data {
				groups = append(groups, ref.Resource)
			} else {
				complete = false
			}
		}
	}
	return groups, complete
}
