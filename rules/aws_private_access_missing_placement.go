package rules

// Where a workload is placed: the network arguments that place it, and
// whether they lead to a network this configuration does not create (reached
// through that network's own access path) or to a VPC it creates.

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// privateAccessPlacementAttrs are the arguments that place a resource in a
// network (subnets, subnet groups, security groups, VPCs, network interfaces,
// launch configurations) or connect two VPCs.
var privateAccessPlacementAttrs = []string{
	"subnet_id", "subnet_ids", "subnets", "vpc_zone_identifier", "vpc_id", "peer_vpc_id",
	"vpc_peering_connection_id", "db_subnet_group_name", "subnet_group_name",
	"cluster_subnet_group_name", "vpc_security_group_ids", "security_group_ids", "security_groups",
	"launch_configuration",
}

// privateAccessClusterAttrs name, for the types that run inside a cluster,
// the argument that refers to it; other types use these names for their own
// identifier.
var privateAccessClusterAttrs = map[string]string{
	"aws_ecs_service":          "cluster",
	"aws_eks_node_group":       "cluster_name",
	"aws_rds_cluster_instance": "cluster_identifier",
}

// privateAccessPlacementBlocks are the nested blocks that carry placement
// arguments, with those arguments.
var privateAccessPlacementBlocks = map[string][]string{
	"network_interface":      {"network_interface_id"},                                 // aws_instance
	"network_interfaces":     {"subnet_id", "network_interface_id", "security_groups"}, // aws_launch_template
	"network_configuration":  {"subnets", "security_groups"},                           // aws_ecs_service
	"vpc_config":             {"subnet_ids", "security_group_ids"},                     // EKS, MSK Serverless
	"vpc_options":            {"subnet_ids", "security_group_ids"},                     // OpenSearch
	"broker_node_group_info": {"client_subnets", "security_groups"},                    // MSK
	"subnet_mapping":         {"subnet_id"},                                            // aws_lb
	"ec2_attributes":         {"subnet_id", "subnet_ids"},                              // EMR
	"launch_template":        {"id", "name"},                                           // instances, ASGs, node groups
}

// isExternal reports whether a resource is placed in, or connects to, a
// network this configuration does not create: one of its placement
// arguments comes from a variable, a data source, an unreadable module or a
// literal ID, directly or through the resources it refers to.
func (c *privateAccessCheck) isExternal(res *model.Resource) bool {
	if ext, seen := c.external[res]; seen {
		return ext
	}
	c.external[res] = false // a reference cycle adds nothing external
	ext := false
	for _, expr := range privateAccessPlacementExprs(res) {
		if c.exprExternal(res, expr) {
			ext = true
			break
		}
	}
	c.external[res] = ext
	return ext
}

// placedInOwnVPC reports whether a resource is placed in a VPC this
// configuration creates, through the subnets, security groups, subnet
// groups, launch templates and clusters it refers to.
func (c *privateAccessCheck) placedInOwnVPC(res *model.Resource) bool {
	if in, seen := c.inOwnVPC[res]; seen {
		return in
	}
	c.inOwnVPC[res] = false // a reference cycle adds nothing
	in := false
	for _, expr := range privateAccessPlacementExprs(res) {
		refs, _ := res.Module.References(expr)
		for _, ref := range refs {
			if !ref.Resource.Data && (ref.Resource.Type == "aws_vpc" || c.placedInOwnVPC(ref.Resource)) {
				in = true
			}
		}
	}
	c.inOwnVPC[res] = in
	return in
}

func privateAccessPlacementExprs(res *model.Resource) []hcl.Expression {
	body := res.Body
	var out []hcl.Expression
	add := func(b *model.Body, names []string) {
		for _, name := range names {
			if a := b.Attr(name); a != nil {
				out = append(out, a.Expr)
			}
		}
	}
	add(body, privateAccessPlacementAttrs)
	if attr, ok := privateAccessClusterAttrs[res.Type]; ok {
		add(body, []string{attr})
	}
	for _, blockType := range model.SortedKeys(privateAccessPlacementBlocks) {
		for _, blk := range body.AllBlocks(blockType) {
			add(blk.Body, privateAccessPlacementBlocks[blockType])
		}
	}
	return out
}

func (c *privateAccessCheck) exprExternal(res *model.Resource, expr hcl.Expression) bool {
	v := res.Module.Eval(expr, res)
	if v.IsKnown() && (v.IsNull() || privateAccessEmpty(v)) {
		return false
	}
	refs, complete := res.Module.References(expr)
	if model.RefersTo(expr, "each") {
		if fe := res.Body.Attr("for_each"); fe != nil {
			more, moreComplete := res.Module.References(fe.Expr)
			refs, complete = append(refs, more...), complete && moreComplete
		}
	}
	if !complete || len(refs) == 0 {
		return true
	}
	for _, ref := range refs {
		if ref.Resource.Data || c.isExternal(ref.Resource) {
			return true
		}
	}
	return false
}

func privateAccessEmpty(v cty.Value) bool {
	switch {
	case v.Type() == cty.String:
		return v.AsString() == ""
	case v.Type().IsCollectionType() || v.Type().IsTupleType():
		return v.LengthInt() == 0
	}
	return false
}
