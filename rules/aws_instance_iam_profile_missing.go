package rules

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
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

var _ = model.Declare(
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
)

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

func (r *AwsInstanceIAMProfileMissingRule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	mod := cfg.Module
	var uses map[*model.Resource]*iamProfileTemplateUse
	for _, res := range mod.Resources {
		if !iamProfileTypes[res.Type] || res.Absent() || iamProfileMetadataDisabled(res) {
			continue
		}
		var err error
		switch res.Type {
		case "aws_instance", "aws_spot_instance_request":
			err = r.checkInstance(runner, cfg, res)
		case "aws_launch_configuration":
			err = r.checkProfileAttr(runner, res, "")
		case iamProfileTemplateType:
			if iamProfileTemplateHasProfile(res) {
				continue
			}
			if uses == nil {
				uses = iamProfileTemplateUses(cfg)
			}
			err = r.checkTemplate(runner, res, uses[res])
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// iamProfileTypes are the resources that launch instances with a profile.
var iamProfileTypes = map[string]bool{
	"aws_instance": true, "aws_spot_instance_request": true, "aws_launch_configuration": true, iamProfileTemplateType: true,
}

// checkInstance reports an instance that gets a profile neither from its own
// argument nor from its launch template. A template of the module under check
// that lacks a profile is reported at the template instead.
func (r *AwsInstanceIAMProfileMissingRule) checkInstance(runner tflint.Runner, cfg *model.Config, res *model.Resource) error {
	if missing, _ := iamProfileMissing(res); !missing {
		return nil
	}
	specs := res.Body.AllBlocks("launch_template")
	if len(specs) == 0 {
		return r.checkProfileAttr(runner, res, "")
	}
	var templates []*model.Resource
	for _, spec := range specs {
		found, ok := iamProfileResolveSpec(cfg, res.Module, spec.Body, "id", "name")
		if !ok {
			return nil
		}
		templates = append(templates, found...)
	}
	for _, t := range templates {
		if t.Absent() || t.InCheckedModule() || iamProfileTemplateHasProfile(t) {
			return nil
		}
	}
	return r.checkProfileAttr(runner, res, templates[0].Address())
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

// iamProfileMissing reports whether the iam_instance_profile argument is
// missing or known to be null or empty; attr is the argument when it is set.
func iamProfileMissing(res *model.Resource) (missing bool, attr *hcl.Attribute) {
	attr = res.Body.Attr("iam_instance_profile")
	if attr == nil {
		return true, nil
	}
	return iamProfileEmpty(res.Module, attr.Expr, res), attr
}

// iamProfileEmpty reports whether a value is known to be null or "" (the
// provider sends no profile for either).
func iamProfileEmpty(mod *model.Module, expr hcl.Expression, res *model.Resource) bool {
	v := mod.Eval(expr, res)
	if !v.IsKnown() {
		return false
	}
	if v.IsNull() {
		return true
	}
	return v.Type() == cty.String && v.AsString() == ""
}

// checkProfileAttr reports a missing or empty iam_instance_profile argument.
// via names the launch template that supplies no profile either, if any.
func (r *AwsInstanceIAMProfileMissingRule) checkProfileAttr(runner tflint.Runner, res *model.Resource, via string) error {
	missing, attr := iamProfileMissing(res)
	if !missing {
		return nil
	}
	at := res.DeclRange
	what := "sets no iam_instance_profile"
	if attr != nil {
		at = attr.Expr.Range()
		what = "sets iam_instance_profile to an empty value"
	}
	if via != "" {
		what += " and its launch template " + via + " has none either"
	}
	consequence := "the instance runs without IAM role credentials and its software is pushed"
	if res.Type == "aws_launch_configuration" {
		consequence = "its instances run without IAM role credentials and their software is pushed"
	}
	msg := fmt.Sprintf("%s %s, so %s towards long-lived access keys. Attach an instance profile whose role grants only what the workload needs.",
		res.Address(), what, consequence)
	return runner.EmitIssue(r, msg, at)
}

// checkTemplate reports a launch template without a profile when something
// launches from it and takes the role from it, or when nothing visible uses it
// at all. It is not reported when a service that supplies the role uses it,
// when every instance launched from it sets its own profile, or when it is
// handed on to users the model cannot see (an output, a module call, a
// local): those decide whether the template needs a profile.
func (r *AwsInstanceIAMProfileMissingRule) checkTemplate(runner tflint.Runner, res *model.Resource, use *iamProfileTemplateUse) error {
	if use != nil && (use.supplied || !use.needsProfile) {
		return nil
	}
	if use == nil && iamProfileHandedOn(res.Module, res) {
		return nil
	}
	at := res.DeclRange
	blocks := res.Body.Blocks("iam_instance_profile")
	if len(blocks) > 0 {
		at = blocks[0].DefRange
	}
	msg := fmt.Sprintf("%s has no iam_instance_profile, so instances launched from it run without IAM role credentials and their software is pushed towards long-lived access keys. Add an iam_instance_profile block (arn or name) whose role grants only what the workload needs.",
		res.Address())
	return runner.EmitIssue(r, msg, at)
}

// iamProfileTemplateHasProfile reports whether a launch template has an
// iam_instance_profile block naming a profile (or one that may: dynamic
// blocks and values that cannot be known count).
func iamProfileTemplateHasProfile(t *model.Resource) bool {
	// JSON syntax cannot tell a block from an attribute of the same name, and
	// the schema has both: there the block arrives as an attribute.
	if a := t.Body.Attr("iam_instance_profile"); a != nil {
		v := t.Module.Eval(a.Expr, t)
		return !v.IsKnown() || !v.IsNull()
	}
	for _, b := range t.Body.AllBlocks("iam_instance_profile") {
		if b.Dynamic {
			return true
		}
		for _, name := range []string{"arn", "name"} {
			if a := b.Body.Attr(name); a != nil && !iamProfileEmpty(t.Module, a.Expr, t) {
				return true
			}
		}
	}
	return false
}

// iamProfileTemplateUses finds, in every visible module, the resources that
// name a launch template, and records what each template is used for.
func iamProfileTemplateUses(cfg *model.Config) map[*model.Resource]*iamProfileTemplateUse {
	uses := map[*model.Resource]*iamProfileTemplateUse{}
	cfg.Module.Walk(func(m *model.Module) {
		for _, res := range m.Resources {
			if res.Absent() {
				continue
			}
			for _, ref := range iamProfileTemplateRefs {
				if ref.resourceType != res.Type {
					continue
				}
				for _, spec := range iamProfileBlocksAt(res.Body, ref.path) {
					templates, _ := iamProfileResolveSpec(cfg, m, spec.Body, ref.id, ref.name)
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
							if missing, _ := iamProfileMissing(res); missing {
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

// iamProfileBlocksAt returns the blocks at a path of nested block types, dynamic ones included.
func iamProfileBlocksAt(body *model.Body, path []string) []*model.Block {
	blocks := body.AllBlocks(path[0])
	for _, typ := range path[1:] {
		var next []*model.Block
		for _, b := range blocks {
			next = append(next, b.Body.AllBlocks(typ)...)
		}
		blocks = next
	}
	return blocks
}

// iamProfileResolveSpec finds the launch templates a template specification
// names, by reference or by a known name equal to a template's known name.
// ok is false when the specification may name a template the model cannot see.
func iamProfileResolveSpec(cfg *model.Config, m *model.Module, spec *model.Body, idAttr, nameAttr string) (templates []*model.Resource, ok bool) {
	ok = true
	for _, attrName := range []string{idAttr, nameAttr} {
		attr := spec.Attr(attrName)
		if attr == nil {
			continue
		}
		refs, complete := m.References(attr.Expr)
		found := false
		for _, ref := range refs {
			if ref.Resource.Type == iamProfileTemplateType && !ref.Resource.Data {
				templates = append(templates, ref.Resource)
				found = true
			}
		}
		if found {
			continue
		}
		if len(refs) == 0 && complete && attrName == nameAttr {
			if name, known := m.EvalString(attr.Expr, nil); known {
				if t := iamProfileTemplateNamed(cfg, name); t != nil {
					templates = append(templates, t)
					continue
				}
			}
		}
		ok = false
	}
	return templates, ok && len(templates) > 0
}

// iamProfileTemplateNamed finds the visible launch template whose name is known to be name.
func iamProfileTemplateNamed(cfg *model.Config, name string) *model.Resource {
	var found *model.Resource
	cfg.Module.Walk(func(m *model.Module) {
		for _, t := range m.Resources {
			if t.Type != iamProfileTemplateType || found != nil {
				continue
			}
			if a := t.Body.Attr("name"); a != nil {
				if n, known := m.EvalString(a.Expr, t); known && n == name {
					found = t
				}
			}
		}
	})
	return found
}

// iamProfileHandedOn reports whether the template's module hands it to users
// the model cannot judge: an output, a module argument or a local.
func iamProfileHandedOn(m *model.Module, t *model.Resource) bool {
	var exprs []hcl.Expression
	for _, o := range m.Outputs {
		exprs = append(exprs, o.Expr)
	}
	for _, call := range m.Calls {
		for _, a := range call.Body.Attributes() {
			exprs = append(exprs, a.Expr)
		}
	}
	for _, a := range m.Locals {
		exprs = append(exprs, a.Expr)
	}
	for _, expr := range exprs {
		refs, _ := m.References(expr)
		for _, ref := range refs {
			if ref.Resource == t {
				return true
			}
		}
	}
	return false
}
