package rules

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
)

// AwsPrivateAccessMissingRule requires every region that hosts private
// workloads to have a private way in: a VPN, PrivateLink, Direct Connect or a
// transit gateway attachment.
type AwsPrivateAccessMissingRule struct {
	tflint.DefaultRule
}

// NewAwsPrivateAccessMissingRule returns the rule.
func NewAwsPrivateAccessMissingRule() *AwsPrivateAccessMissingRule {
	return &AwsPrivateAccessMissingRule{}
}

func (r *AwsPrivateAccessMissingRule) Name() string              { return "aws_private_access_missing" }
func (r *AwsPrivateAccessMissingRule) Enabled() bool             { return true }
func (r *AwsPrivateAccessMissingRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *AwsPrivateAccessMissingRule) Link() string              { return project.ReferenceLink(r.Name()) }

type privateAccessConfig struct {
	// AccessTypes are further resource types that count as a private access path.
	AccessTypes []string `hclext:"access_types,optional"`
}

var privateAccessTypeName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// privateAccessWorkloadTypes are the resources that run in a VPC and are
// administered over the network. A VPC with its subnets, routes and gateways
// is not one: where nothing runs, nobody needs a way in.
var privateAccessWorkloadTypes = map[string]bool{
	"aws_instance":                      true,
	"aws_spot_instance_request":         true,
	"aws_autoscaling_group":             true,
	"aws_db_instance":                   true,
	"aws_rds_cluster":                   true,
	"aws_rds_cluster_instance":          true,
	"aws_docdb_cluster":                 true,
	"aws_docdbelastic_cluster":          true,
	"aws_neptune_cluster":               true,
	"aws_eks_cluster":                   true,
	"aws_eks_node_group":                true,
	"aws_ecs_service":                   true,
	"aws_lb":                            true,
	"aws_alb":                           true,
	"aws_elb":                           true,
	"aws_elasticache_cluster":           true,
	"aws_elasticache_replication_group": true,
	"aws_elasticache_serverless_cache":  true,
	"aws_memorydb_cluster":              true,
	"aws_redshift_cluster":              true,
	"aws_redshiftserverless_workgroup":  true,
	"aws_mq_broker":                     true,
	"aws_msk_cluster":                   true,
	"aws_msk_serverless_cluster":        true,
	"aws_emr_cluster":                   true,
	// Only with vpc_options: without it the domain has a public endpoint and no VPC.
	"aws_opensearch_domain":    true,
	"aws_elasticsearch_domain": true,
}

// privateAccessVPCOptionalTypes are workloads that are in a VPC only with a vpc_options block.
var privateAccessVPCOptionalTypes = map[string]bool{
	"aws_opensearch_domain":    true,
	"aws_elasticsearch_domain": true,
}

// privateAccessRegionalPaths are access paths that serve the region they are created in.
var privateAccessRegionalPaths = map[string]bool{
	"aws_vpn_gateway":                        true,
	"aws_vpn_gateway_attachment":             true,
	"aws_vpn_connection":                     true,
	"aws_vpn_concentrator":                   true,
	"aws_ec2_client_vpn_endpoint":            true,
	"aws_ec2_client_vpn_network_association": true,
	"aws_ec2_instance_connect_endpoint":      true,
	"aws_vpc_endpoint":                       true,
	"aws_vpc_endpoint_service":               true,
	"aws_ec2_transit_gateway_vpc_attachment": true,
	"aws_verifiedaccess_endpoint":            true,
}

// privateAccessLocatedPaths are access paths whose API is global (Direct
// Connect gateways, Cloud WAN): they serve the region of the gateway or VPC
// the named argument refers to, and any region when that cannot be told.
var privateAccessLocatedPaths = map[string]string{
	"aws_dx_gateway_association":                       "associated_gateway_id",
	"aws_dx_gateway_association_proposal":              "associated_gateway_id",
	"aws_dx_private_virtual_interface":                 "vpn_gateway_id",
	"aws_dx_hosted_private_virtual_interface_accepter": "vpn_gateway_id",
	"aws_dx_hosted_private_virtual_interface":          "",
	"aws_dx_transit_virtual_interface":                 "",
	"aws_dx_hosted_transit_virtual_interface":          "",
	"aws_dx_hosted_transit_virtual_interface_accepter": "",
	"aws_networkmanager_vpc_attachment":                "vpc_arn",
}

// privateAccessPeeringTypes connect a VPC to another VPC, whose own access path
// (a Client VPN endpoint routes into peered VPCs) may serve this one.
var privateAccessPeeringTypes = map[string]bool{
	"aws_vpc_peering_connection":          true,
	"aws_vpc_peering_connection_accepter": true,
}

// Reads is what the rule reads of resource bodies, what a self-managed VPN
// server is recognised by, and what the deployment regions are worked out from.
func (r *AwsPrivateAccessMissingRule) Reads() []model.Reads {
	return append(awsfacts.RegionReads(),
		model.Reads{Paths: privateAccessDeclarations()},
		model.Reads{Paths: privateAccessVPNServerReads},
	)
}

// privateAccessDeclarations are the resource arguments the rule reads.
func privateAccessDeclarations() []string {
	paths := append([]string{"vpc_endpoint_type", "service_name", "vpc_arn"}, privateAccessPlacementAttrs...)
	for _, attr := range privateAccessClusterAttrs {
		paths = append(paths, attr)
	}
	for _, attr := range privateAccessLocatedPaths {
		if attr != "" {
			paths = append(paths, attr)
		}
	}
	for block, attrs := range privateAccessPlacementBlocks {
		for _, attr := range attrs {
			paths = append(paths, block+"{}."+attr)
		}
	}
	return paths
}

func (r *AwsPrivateAccessMissingRule) Check(runner tflint.Runner) error {
	var conf privateAccessConfig
	if err := ruleconfig.Decode(runner, r.Name(), &conf); err != nil {
		return err
	}
	for _, t := range conf.AccessTypes {
		if !privateAccessTypeName.MatchString(t) {
			return &ruleconfig.Error{Rule: r.Name(), Err: fmt.Errorf("access_types: %q is not a resource type", t)}
		}
	}
	cfg := model.For(runner)
	if !cfg.IsConfigurationRoot {
		return nil
	}
	check := &privateAccessCheck{cfg: cfg, extraTypes: map[string]bool{},
		external: map[*model.Resource]bool{}, inOwnVPC: map[*model.Resource]bool{}}
	for _, t := range conf.AccessTypes {
		check.extraTypes[t] = true
	}
	check.collect()
	var unreached []*model.DeploymentRegion
	for _, dr := range check.workloadRegions() {
		if !check.reachable(dr) {
			unreached = append(unreached, dr)
		}
	}
	rep := report.New(runner, r)
	for i, dr := range unreached {
		if privateAccessMayRepeat(unreached, i) {
			continue
		}
		at, _ := cfg.RegionAnchor(dr)
		rep.Report(report.Finding{Subject: cfg.RegionLabel(dr.Region), Message: privateAccessMessage(cfg, dr), Range: at})
	}
	return rep.Flush()
}

// privateAccessCheck holds what the rule learned about the whole configuration.
type privateAccessCheck struct {
	cfg        *model.Config
	extraTypes map[string]bool
	// pathRegions are the regions access paths serve; an unknown region may be any.
	pathRegions []model.Region
	// peeringRegions are regions where a VPC connects to a network created elsewhere.
	peeringRegions []model.Region
	// peeredRegions hold, per peering connection between VPCs of this
	// configuration, the regions of the VPCs it connects.
	peeredRegions [][]model.Region
	// opaqueRegions are regions an unreadable module call may create resources in.
	opaqueRegions []model.Region
	// external memoizes, per resource, whether it is placed in or connected to
	// a network that this configuration does not create.
	external map[*model.Resource]bool
	// inOwnVPC memoizes, per resource, whether it is placed in a VPC this configuration creates.
	inOwnVPC map[*model.Resource]bool
	// ingressRules lists, per security group, the rule resources that add
	// ingress to it; built on first use.
	ingressRules map[*model.Resource][]*model.Resource
}

func (c *privateAccessCheck) collect() {
	for _, res := range c.cfg.AllResources() {
		c.pathRegions = append(c.pathRegions, c.servedRegions(res)...)
		if privateAccessPeeringTypes[res.Type] && c.isExternal(res) {
			c.peeringRegions = append(c.peeringRegions, res.Region)
		} else if res.Type == "aws_vpc_peering_connection" {
			c.peeredRegions = append(c.peeredRegions, privateAccessPeeredVPCRegions(res))
		}
	}
	if c.cfg.HasOpaqueModules() {
		c.cfg.Module.Walk(func(m *model.Module) {
			for _, call := range m.Calls {
				if call.Module == nil && !call.Absent {
					c.opaqueRegions = append(c.opaqueRegions, privateAccessCallRegions(m, call)...)
				}
			}
		})
	}
}

// servedRegions are the regions a resource is an access path into; none when it is not one.
func (c *privateAccessCheck) servedRegions(res *model.Resource) []model.Region {
	switch {
	case c.extraTypes[res.Type]:
		return privateAccessPlaced(res)
	case res.Type == "aws_vpc_endpoint":
		if !privateAccessAdminEndpoint(res) {
			return nil
		}
		return privateAccessPlaced(res)
	case privateAccessRegionalPaths[res.Type], c.isVPNServer(res):
		return privateAccessPlaced(res)
	}
	attr, located := privateAccessLocatedPaths[res.Type]
	if !located {
		return nil
	}
	a := res.Body.Attr(attr)
	if a == nil {
		return []model.Region{{}}
	}
	refs, complete := res.Module.References(a.Expr)
	var out []model.Region
	for _, ref := range refs {
		regions := ref.Resource.Regions()
		if len(regions) == 0 {
			complete = false
		}
		out = append(out, regions...)
	}
	if !complete || len(out) == 0 {
		return []model.Region{{}}
	}
	return out
}

// privateAccessPlaced are the regions of a resource's instances, or its
// unidentified region, which may be any.
func privateAccessPlaced(res *model.Resource) []model.Region {
	if regions := res.Regions(); len(regions) > 0 {
		return regions
	}
	return []model.Region{res.Region}
}

// privateAccessAdminEndpoint reports whether a VPC endpoint is, or may be, an
// administrator's way in: an interface endpoint of a service that gives one
// (Session Manager's, data.AdminEndpointServices). Other interface endpoints
// (Secrets Manager, S3, ECR) only let the VPC call their service; gateway
// endpoints route to S3 and DynamoDB, Gateway Load Balancer endpoints to
// inspection appliances, Resource and ServiceNetwork endpoints to VPC Lattice
// resources elsewhere: none carries anyone into the VPC.
// Each instance of a known count or for_each (one endpoint per service) is
// judged on its own.
func privateAccessAdminEndpoint(res *model.Resource) bool {
	instances := res.Instances()
	if len(instances) == 0 {
		instances = []model.Instance{{}}
	}
	for _, inst := range instances {
		endpointType, known := privateAccessEndpointString(res, inst, "vpc_endpoint_type", "Gateway")
		if known && endpointType != "Interface" {
			continue
		}
		service, known := privateAccessEndpointString(res, inst, "service_name", "")
		parts := strings.Split(service, ".")
		if !known || strings.Contains(service, "amazonaws.") && data.AdminEndpointServices[parts[len(parts)-1]] {
			return true
		}
	}
	return false
}

// privateAccessEndpointString is a string argument of a VPC endpoint
// instance, def when unset or null (the provider's default); known is false
// when it cannot be known.
func privateAccessEndpointString(res *model.Resource, inst model.Instance, name, def string) (value string, known bool) {
	a := res.Body.Attr(name)
	if a == nil {
		return def, true
	}
	switch v := res.Module.EvalWith(a.Expr, res, inst.Vars); {
	case !v.IsKnown():
		return "", false
	case v.IsNull():
		return def, true
	case v.Type() == cty.String:
		return v.AsString(), true
	}
	return "", false
}

// workloadRegions groups the configuration's private workloads by region,
// like awsfacts.DeploymentRegions, in order of first appearance. Workloads whose
// region cannot be identified are left out.
func (c *privateAccessCheck) workloadRegions() []*model.DeploymentRegion {
	return c.cfg.GroupByRegion(func(res *model.Resource) bool {
		if !privateAccessWorkloadTypes[res.Type] || !awsfacts.IsRegional(c.cfg, res) || !res.SurelyExists() {
			return false
		}
		// A dynamic vpc_options block may produce none, leaving the domain public.
		return !privateAccessVPCOptionalTypes[res.Type] || len(res.Body.Blocks("vpc_options")) > 0
	})
}

// reachable reports whether the region of some workloads has, or may have, a private way in.
func (c *privateAccessCheck) reachable(dr *model.DeploymentRegion) bool {
	for _, list := range [][]model.Region{c.pathRegions, c.peeringRegions, c.opaqueRegions} {
		for _, region := range list {
			if privateAccessSameRegion(region, dr.Region) {
				return true
			}
		}
	}
	// A VPC peered with a VPC of a region that has a way in (a Client VPN
	// endpoint routes into peered VPCs) is reachable through it.
	for _, peered := range c.peeredRegions {
		if privateAccessAnySameRegion(peered, dr.Region) {
			for _, region := range peered {
				if privateAccessAnySameRegion(c.pathRegions, region) {
					return true
				}
			}
		}
	}
	// Workloads placed in a network created elsewhere (a shared VPC, subnets
	// passed in as variables or looked up with data sources) are reached
	// through that network's access path, which is managed with it; not
	// those that run in a VPC created here.
	for _, w := range dr.Resources {
		if c.placedInOwnVPC(w) {
			return false
		}
	}
	for _, w := range dr.Resources {
		if c.isExternal(w) {
			return true
		}
	}
	return false
}

// privateAccessPeeredVPCRegions are the regions of the VPCs of this
// configuration that a peering connection connects.
func privateAccessPeeredVPCRegions(peering *model.Resource) []model.Region {
	var out []model.Region
	for _, name := range []string{"vpc_id", "peer_vpc_id"} {
		a := peering.Body.Attr(name)
		if a == nil {
			continue
		}
		refs, _ := peering.Module.References(a.Expr)
		for _, ref := range refs {
			if ref.Resource.Type == "aws_vpc" && !ref.Resource.Data {
				out = append(out, ref.Resource.Region)
			}
		}
	}
	return out
}

func privateAccessAnySameRegion(list []model.Region, region model.Region) bool {
	for _, r := range list {
		if privateAccessSameRegion(r, region) {
			return true
		}
	}
	return false
}

// privateAccessSameRegion reports whether two regions may be the same. A
// region whose name cannot be known (a provider's `region = var.x` without a
// value, the environment's region of a default provider without a block) may
// be any region.
func privateAccessSameRegion(a, b model.Region) bool {
	return !a.Known() || !b.Known() || a.Key() == b.Key()
}

// privateAccessMayRepeat reports whether the finding for unreached[i] may
// repeat another's: a region whose name cannot be known may be a known
// region without a way in, or an unknown one reported before it.
func privateAccessMayRepeat(unreached []*model.DeploymentRegion, i int) bool {
	if unreached[i].Region.Known() {
		return false
	}
	for j, other := range unreached {
		if other.Region.Known() || j < i {
			return true
		}
	}
	return false
}

// privateAccessCallRegions are the regions an unreadable module call may
// create resources in: those of the provider configurations it receives, and
// the region it is given through a `region` argument (AWS provider v6 modules).
func privateAccessCallRegions(parent *model.Module, call *model.ModuleCall) []model.Region {
	var out []model.Region
	if a := call.Body.Attr("region"); a != nil {
		switch v := parent.Eval(a.Expr, nil); {
		case v.IsKnown() && v.IsNull():
		case v.IsKnown() && v.Type() == cty.String && v.AsString() != "":
			out = append(out, model.Region{Name: v.AsString()})
		default:
			return []model.Region{{}}
		}
	}
	addresses := []string{"aws"}
	passed, known := call.PassedProviders()
	if !known {
		return append(out, model.Region{})
	}
	if passed != nil {
		addresses = nil
		for _, child := range model.SortedKeys(passed) {
			addresses = append(addresses, passed[child])
		}
	}
	for _, address := range addresses {
		if p := parent.Provider(address); p != nil {
			out = append(out, p.Region)
		} else {
			out = append(out, model.Region{})
		}
	}
	return out
}

// privateAccessMaxListed bounds how many workloads a message names.
const privateAccessMaxListed = 3

func privateAccessMessage(cfg *model.Config, dr *model.DeploymentRegion) string {
	label := cfg.RegionLabel(dr.Region)
	if dr.Region.Known() {
		label = "Region " + label
	} else {
		first, size := utf8.DecodeRuneInString(label)
		label = string(unicode.ToUpper(first)) + label[size:]
	}
	var names []string
	for i, w := range dr.Resources {
		if i == privateAccessMaxListed {
			names = append(names, fmt.Sprintf("and %d more", len(dr.Resources)-i))
			break
		}
		names = append(names, w.Address())
	}
	return fmt.Sprintf("%s hosts private networks or workloads (%s) but has no private access path (VPN, Client VPN, PrivateLink interface endpoint, EC2 Instance Connect endpoint, Direct Connect or transit gateway attachment), so administrators reach them over the internet or not at all. Add an aws_ec2_client_vpn_endpoint, a site-to-site VPN (aws_vpn_gateway and aws_vpn_connection), interface VPC endpoints for SSM Session Manager, or an aws_ec2_transit_gateway_vpc_attachment to a network that has one.",
		label, strings.Join(names, ", "))
}
