package rules

import (
	"fmt"
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// AwsInstanceIAMProfileMissingRule requires EC2 compute to run with an IAM instance profile.
type AwsInstanceIAMProfileMissingRule struct {
	tflint.DefaultRule
}

// NewAwsInstanceIAMProfileMissingRule returns the rule.
func NewAwsInstanceIAMProfileMissingRule() *AwsInstanceIAMProfileMissingRule {
	return &AwsInstanceIAMProfileMissingRule{}
}

func (r *AwsInstanceIAMProfileMissingRule) Name() string              { return "aws_instance_iam_profile_missing" }
func (r *AwsInstanceIAMProfileMissingRule) Enabled() bool             { return true }
func (r *AwsInstanceIAMProfileMissingRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *AwsInstanceIAMProfileMissingRule) Link() string              { return project.ReferenceLink(r.Name()) }

const iamProfileTemplateType = "aws_launch_template"

// Reads is what the rule reads of resource bodies.
func (r *AwsInstanceIAMProfileMissingRule) Reads() []model.Reads {
	return []model.Reads{{Types: iamProfileForwarderTypes, Paths: []string{"source_dest_check"}}, {Paths: []string{
		"metadata_options{}.http_endpoint",
		"iam_instance_profile", "iam_instance_profile{}.arn", "iam_instance_profile{}.name", "name",
		"launch_template{}.id", "launch_template{}.name",
		"mixed_instances_policy{}.launch_template{}.launch_template_specification{}.launch_template_id",
		"mixed_instances_policy{}.launch_template{}.launch_template_specification{}.launch_template_name",
		"mixed_instances_policy{}.launch_template{}.override{}.launch_template_specification{}.launch_template_id",
		"mixed_instances_policy{}.launch_template{}.override{}.launch_template_specification{}.launch_template_name",
		"launch_template_config{}.launch_template_specification{}.launch_template_id",
		"launch_template_config{}.launch_template_specification{}.launch_template_name",
		"launch_template_config{}.launch_template_specification{}.id",
		"launch_template_config{}.launch_template_specification{}.name",
		"compute_resources{}.launch_template{}.launch_template_id",
		"compute_resources{}.launch_template{}.launch_template_name",
	}}}
}

// iamProfileTemplateRef is a place where a resource names the launch template it launches from.
type iamProfileTemplateRef struct {
	resourceType string
	path         []string // nested blocks leading to the template specification
	id, name     string   // the specification's id and name arguments
	// supplies is true for services that give the instances their role
	// themselves: an EKS managed node group attaches its node role and fails
	// when the template has a profile; AWS Batch ignores the template's
	// profile in favour of the compute environment's (required) instance_role.
	supplies bool
	// ownProfile is true for launchers whose own iam_instance_profile argument
	// overrides the template's.
	ownProfile bool
}

var iamProfileTemplateRefs = []iamProfileTemplateRef{
	{resourceType: "aws_instance", path: []string{"launch_template"}, id: "id", name: "name", ownProfile: true},
	{resourceType: "aws_spot_instance_request", path: []string{"launch_template"}, id: "id", name: "name", ownProfile: true},
	{resourceType: "aws_autoscaling_group", path: []string{"launch_template"}, id: "id", name: "name"},
	{resourceType: "aws_autoscaling_group", path: []string{"mixed_instances_policy", "launch_template", "launch_template_specification"}, id: "launch_template_id", name: "launch_template_name"},
	{resourceType: "aws_autoscaling_group", path: []string{"mixed_instances_policy", "launch_template", "override", "launch_template_specification"}, id: "launch_template_id", name: "launch_template_name"},
	{resourceType: "aws_ec2_fleet", path: []string{"launch_template_config", "launch_template_specification"}, id: "launch_template_id", name: "launch_template_name"},
	{resourceType: "aws_spot_fleet_request", path: []string{"launch_template_config", "launch_template_specification"}, id: "id", name: "name"},
	{resourceType: "aws_gamelift_game_server_group", path: []string{"launch_template"}, id: "id", name: "name"},
	{resourceType: "aws_eks_node_group", path: []string{"launch_template"}, id: "id", name: "name", supplies: true},
	{resourceType: "aws_batch_compute_environment", path: []string{"compute_resources", "launch_template"}, id: "launch_template_id", name: "launch_template_name", supplies: true},
}

// iamProfileTemplateUse is what the visible configuration does with a launch template.
type iamProfileTemplateUse struct {
	used         bool // something launches from it
	needsProfile bool // something launches from it and takes the role from the template
	supplied     bool // a service that attaches the role itself launches from it
}

// iamProfileCheck is one run of the rule over the configuration: the module
// under check and, from the root's check, every module it calls.
type iamProfileCheck struct {
	report *report.Reporter
	cfg    *model.Config
	// uses is found on first need: only templates without a profile need it.
	uses map[*model.Resource]*iamProfileTemplateUse
}

func (r *AwsInstanceIAMProfileMissingRule) Check(runner tflint.Runner) error {
	c := &iamProfileCheck{report: report.New(runner, r), cfg: model.For(runner)}
	for _, typ := range model.SortedKeys(iamProfileTypes) {
		for _, res := range c.cfg.ResourcesOfType(typ) {
			if !iamProfileExempt(res) {
				c.check(res)
			}
		}
	}
	return c.report.Flush()
}

// iamProfileTypes are the resources that launch instances with a profile.
var iamProfileTypes = map[string]bool{
	"aws_instance": true, "aws_spot_instance_request": true, "aws_launch_configuration": true, iamProfileTemplateType: true,
}

func (c *iamProfileCheck) check(res *model.Resource) {
	switch res.Type {
	case "aws_instance", "aws_spot_instance_request":
		c.checkInstance(res)
	case iamProfileTemplateType:
		c.checkTemplate(res)
	default:
		c.checkProfileAttr(res, nil)
	}
}

// checkInstance reports an instance that gets a profile neither from its own
// argument nor from its launch template. A template of the instance's own
// module that lacks a profile is reported at the template instead; one of
// another module is that module's to offer, and the instance's to complete.
func (c *iamProfileCheck) checkInstance(res *model.Resource) {
	if missing, _, _ := iamProfileMissing(res); !missing {
		return
	}
	specs := iamProfileBlocksAt(res, []string{"launch_template"})
	if len(specs) == 0 {
		c.checkProfileAttr(res, nil)
		return
	}
	var templates []*model.Resource
	for _, spec := range specs {
		found, ok := iamProfileResolveSpec(c.cfg, res, spec, "id", "name")
		if !ok {
			return
		}
		templates = append(templates, found...)
	}
	for _, t := range templates {
		if t.Absent() || t.Module == res.Module || iamProfileTemplateHasProfile(t) {
			return
		}
	}
	c.checkProfileAttr(res, templates[0])
}

// iamProfileExempt reports whether a resource needs no profile from this
// configuration: its instances cannot use one, only forward traffic, or
// something outside Terraform manages it.
func iamProfileExempt(res *model.Resource) bool {
	return iamProfileMetadataDisabled(res) || iamProfileForwardsTraffic(res) || iamProfileChangesIgnored(res)
}

// iamProfileForwarderTypes are the launchers with a source_dest_check argument.
var iamProfileForwarderTypes = []string{"aws_instance", "aws_spot_instance_request"}

// iamProfileForwardsTraffic reports whether source/destination checking is
// known to be off: AWS requires that of an instance that forwards traffic
// for others (a NAT instance, a router), an appliance whose setup in the
// AWS NAT instance guide attaches no role, as it calls no AWS API.
func iamProfileForwardsTraffic(res *model.Resource) bool {
	if !slices.Contains(iamProfileForwarderTypes, res.Type) {
		return false
	}
	a := res.Body.Attr("source_dest_check")
	if a == nil {
		return false
	}
	v := res.EvalAsDeployed(a.Expr)
	if !v.IsKnown() || v.IsNull() {
		return false
	}
	// The provider takes "false" for a bool, as Terraform converts it.
	b, err := convert.Convert(v, cty.Bool)
	return err == nil && b.False()
}

// iamProfileMetadataDisabled reports whether the instance metadata service is
// switched off (metadata_options { http_endpoint = "disabled" }): an instance
// profile cannot hand credentials to such instances, which get them another
// way (e.g. SSM hybrid activation).
func iamProfileMetadataDisabled(res *model.Resource) bool {
	for _, mo := range res.Body.Blocks("metadata_options") {
		if a := mo.Body.Attr("http_endpoint"); a != nil {
			if v, ok := res.Module.EvalString(a.Expr, res); ok && v == "disabled" {
				return true
			}
		}
	}
	return false
}

// iamProfileChangesIgnored reports whether lifecycle.ignore_changes hands the
// profile to something outside Terraform (SSM Quick Setup, for one, attaches
// a profile to instances that have none), as aws_security_group_egress_missing
// treats ignored egress.
func iamProfileChangesIgnored(res *model.Resource) bool {
	return res.IgnoresChanges("iam_instance_profile")
}

// iamProfileMissing reports whether the iam_instance_profile argument is
// missing or known to name no profile, what the resource does in words, and
// where to report it.
func iamProfileMissing(res *model.Resource) (missing bool, what string, at hcl.Range) {
	attr := res.Body.Attr("iam_instance_profile")
	if attr == nil {
		return true, "sets no iam_instance_profile", res.DeclRange
	}
	none := iamProfileNone(res.EvalAsDeployed(attr.Expr))
	return none != "", "sets iam_instance_profile to " + none, attr.Expr.Range()
}

// iamProfileNone describes a value known to name no profile, null or "" (the
// provider sends no profile for either); it is "" for any other value.
func iamProfileNone(v cty.Value) string {
	switch {
	case !v.IsKnown():
		return ""
	case v.IsNull():
		return "null"
	case v.Type() == cty.String && v.AsString() == "":
		return "an empty string"
	}
	return ""
}

// checkProfileAttr reports a missing or empty iam_instance_profile argument.
// via is the launch template that supplies no profile either, if any.
func (c *iamProfileCheck) checkProfileAttr(res *model.Resource, via *model.Resource) {
	missing, what, at := iamProfileMissing(res)
	if !missing {
		return
	}
	if via != nil {
		what += " and its launch template " + via.Address() + " has none either"
	}
	consequence := "the instance runs without IAM role credentials and its software is pushed"
	if res.Type == "aws_launch_configuration" {
		consequence = "its instances run without IAM role credentials and their software is pushed"
	}
	msg := fmt.Sprintf("%s %s, so %s towards long-lived access keys. Attach an instance profile whose role grants only what the workload needs.",
		res.Address(), what, consequence)
	finding := report.Finding{Subject: res.Address(), Message: msg, Module: res.Module, Range: at}
	if attr := res.Body.Attr("iam_instance_profile"); attr != nil {
		finding.Expr = attr.Expr
	}
	c.report.Report(finding)
}

// checkTemplate reports a launch template without a profile when something
// launches from it and takes the role from it, or when nothing visible uses it
// at all. It is not reported when a service that supplies the role uses it,
// when every instance launched from it sets its own profile, or when it is
// handed on to users the model cannot see (an output, a module call, a
// local): those decide whether the template needs a profile.
func (c *iamProfileCheck) checkTemplate(res *model.Resource) {
	if iamProfileTemplateHasProfile(res) {
		return
	}
	if c.uses == nil {
		c.uses = iamProfileTemplateUses(c.cfg)
	}
	use := c.uses[res]
	if use != nil && (use.supplied || !use.needsProfile) {
		return
	}
	if use == nil && res.Module.HandedOn()[res] {
		return
	}
	msg := fmt.Sprintf("%s has no iam_instance_profile, so instances launched from it run without IAM role credentials and their software is pushed towards long-lived access keys. Add an iam_instance_profile block (arn or name) whose role grants only what the workload needs.",
		res.Address())
	if len(res.Body.Blocks("iam_instance_profile")) > 0 || res.Body.Has("iam_instance_profile") {
		msg = fmt.Sprintf("%s has an iam_instance_profile block that names no profile (its arn and name are unset, null or empty), so instances launched from it run without IAM role credentials and their software is pushed towards long-lived access keys. Set its arn or name to a profile whose role grants only what the workload needs.",
			res.Address())
	}
	at, expr := iamProfileTemplateReportAt(res)
	c.report.Report(report.Finding{Subject: res.Address(), Message: msg, Module: res.Module, Range: at, Expr: expr})
}

// iamProfileTemplateReportAt is where a template without a profile is
// reported: its empty iam_instance_profile block, else the for_each that
// leaves its dynamic one without instances (inside a called module, the
// reporter shows that at the caller's argument it comes from), else the
// resource block.
func iamProfileTemplateReportAt(t *model.Resource) (hcl.Range, hcl.Expression) {
	if blocks := t.Body.Blocks("iam_instance_profile"); len(blocks) > 0 {
		return blocks[0].DefRange, nil
	}
	for _, b := range t.Body.AllBlocks("iam_instance_profile") {
		if b.Dynamic && b.ForEach != nil {
			return b.ForEach.Range(), b.ForEach
		}
	}
	return t.DeclRange, nil
}

// iamProfileTemplateHasProfile reports whether a launch template has an
// iam_instance_profile block naming a profile (or one that may: dynamic
// blocks that may generate one and values that cannot be known count).
func iamProfileTemplateHasProfile(t *model.Resource) bool {
	// JSON syntax cannot tell a block from an attribute of the same name, and
	// the schema has both: there the block arrives as an attribute.
	if a := t.Body.Attr("iam_instance_profile"); a != nil {
		return iamProfileValueNamesOne(t.EvalAsDeployed(a.Expr))
	}
	for _, b := range iamProfileBlocksAt(t, []string{"iam_instance_profile"}) {
		if b.Dynamic {
			return true
		}
		for _, name := range []string{"arn", "name"} {
			if a := b.Body.Attr(name); a != nil && iamProfileNone(t.EvalAsDeployed(a.Expr)) == "" {
				return true
			}
		}
	}
	return false
}

// iamProfileValueNamesOne reads a JSON iam_instance_profile block, which
// arrives as an object or a list of objects: it names a profile when an arn or
// name in it may be set.
func iamProfileValueNamesOne(v cty.Value) bool {
	if !v.IsKnown() {
		return true
	}
	if v.IsNull() {
		return false
	}
	ty := v.Type()
	switch {
	case ty.IsObjectType():
		for _, name := range []string{"arn", "name"} {
			if ty.HasAttribute(name) && iamProfileNone(v.GetAttr(name)) == "" {
				return true
			}
		}
		return false
	case ty.IsListType() || ty.IsTupleType() || ty.IsSetType():
		for it := v.ElementIterator(); it.Next(); {
			if _, el := it.Element(); iamProfileValueNamesOne(el) {
				return true
			}
		}
		return false
	}
	return true
}

// iamProfileTemplateUses finds, in every visible module, the resources that
// name a launch template, and records what each template is used for.
func iamProfileTemplateUses(cfg *model.Config) map[*model.Resource]*iamProfileTemplateUse {
	uses := map[*model.Resource]*iamProfileTemplateUse{}
	cfg.Module.Walk(func(m *model.Module) {
		for _, res := range m.Resources {
			for _, ref := range iamProfileTemplateRefs {
				// The type first: whether a resource exists may need the host.
				if ref.resourceType != res.Type || res.Absent() {
					continue
				}
				for _, spec := range iamProfileBlocksAt(res, ref.path) {
					templates, _ := iamProfileResolveSpec(cfg, res, spec, ref.id, ref.name)
					for _, t := range templates {
						u := uses[t]
						if u == nil {
							u = &iamProfileTemplateUse{}
							uses[t] = u
						}
						u.used = true
						switch {
						case ref.supplies:
							u.supplied = true
						case ref.ownProfile:
							// An instance of another module is reported itself (checkInstance).
							if missing, _, _ := iamProfileMissing(res); missing && !iamProfileExempt(res) && res.Module == t.Module {
								u.needsProfile = true
							}
						default:
							u.needsProfile = true
						}
					}
				}
			}
		}
	})
	return uses
}

// iamProfileBlocksAt returns a resource's blocks at a path of nested block
// types, dynamic ones included unless their for_each is known to generate none.
func iamProfileBlocksAt(res *model.Resource, path []string) []*model.Block {
	blocks := []*model.Block{{Body: res.Body}}
	for _, typ := range path {
		var next []*model.Block
		for _, b := range blocks {
			for _, child := range b.Body.AllBlocks(typ) {
				if !iamProfileGeneratesNone(res, child) {
					next = append(next, child)
				}
			}
		}
		blocks = next
	}
	return blocks
}

// iamProfileGeneratesNone reports whether a dynamic block's for_each is known
// to be empty, such as the `var.x != null ? [var.x] : []` of reusable modules
// called without x.
func iamProfileGeneratesNone(res *model.Resource, b *model.Block) bool {
	if !b.Dynamic || b.ForEach == nil {
		return false
	}
	v := res.EvalAsDeployed(b.ForEach)
	if !v.IsKnown() || v.IsNull() {
		return false
	}
	t := v.Type()
	return (t.IsCollectionType() || t.IsObjectType() || t.IsTupleType()) && v.LengthInt() == 0
}

// iamProfileResolveSpec finds the launch templates a template specification
// of res names: by reference, or by a known name equal to the known name of a
// template that may be in the same region. ok is false when the specification
// may name a template the model cannot see.
func iamProfileResolveSpec(cfg *model.Config, res *model.Resource, spec *model.Block, idAttr, nameAttr string) (templates []*model.Resource, ok bool) {
	ok = true
	for _, attrName := range []string{idAttr, nameAttr} {
		attr := spec.Body.Attr(attrName)
		if attr == nil {
			continue
		}
		refs, complete := iamProfileSpecRefs(res, spec, attr.Expr)
		found := false
		for _, ref := range refs {
			if ref.Resource.Type == iamProfileTemplateType && !ref.Resource.Data {
				templates = append(templates, ref.Resource)
				found = true
			}
		}
		if found && complete {
			continue
		}
		if !found && len(refs) == 0 && complete && attrName == nameAttr {
			if name, known := res.Module.EvalString(attr.Expr, res); known {
				if named := iamProfileTemplatesNamed(cfg, name, res.Region); len(named) > 0 {
					templates = append(templates, named...)
					continue
				}
			}
		}
		ok = false
	}
	return templates, ok && len(templates) > 0
}

// iamProfileSpecRefs returns the resources an expression of a template
// specification refers to. The model's references skip each.* and a dynamic
// block's iterator, which stand for elements of a for_each: those are
// followed through the for_each they come from (the resource's, for
// `for_each = aws_launch_template.x` and `id = each.value.id`; the dynamic
// block's, for `content { id = launch_template.value }`).
func iamProfileSpecRefs(res *model.Resource, spec *model.Block, expr hcl.Expression) (refs []model.Ref, complete bool) {
	complete = true
	follow := func(e hcl.Expression) {
		more, ok := res.Module.References(e)
		refs, complete = append(refs, more...), complete && ok
	}
	for _, tr := range expr.Variables() {
		switch root := tr.RootName(); {
		case root == "each":
			if fe := res.Body.Attr("for_each"); fe != nil {
				follow(fe.Expr)
			} else {
				complete = false
			}
		case spec.Dynamic && root == spec.Iterator:
			if spec.ForEach != nil {
				follow(spec.ForEach)
			} else {
				complete = false
			}
		default:
			follow(&hclsyntax.ScopeTraversalExpr{Traversal: tr, SrcRange: tr.SourceRange()})
		}
	}
	return refs, complete
}

// iamProfileTemplatesNamed finds the visible launch templates whose name is
// known to be name and that may be in region: template names are unique only
// within a region, so a template known to be in another region is not the one
// named. Templates whose region cannot be known may be the one.
func iamProfileTemplatesNamed(cfg *model.Config, name string, region model.Region) []*model.Resource {
	var found []*model.Resource
	for _, t := range cfg.ResourcesOfType(iamProfileTemplateType) {
		if t.Region.Known() && region.Known() && t.Region.Name != region.Name {
			continue
		}
		if a := t.Body.Attr("name"); a != nil {
			if n, known := t.Module.EvalString(a.Expr, t); known && n == name {
				found = append(found, t)
			}
		}
	}
	return found
}
