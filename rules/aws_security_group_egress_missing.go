package rules

import (
	"fmt"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// AwsSecurityGroupEgressMissingRule flags security groups that say nothing
// about outbound traffic: Terraform removes the default allow-all egress rule
// AWS adds to a new group, so such a group silently allows no egress at all.
type AwsSecurityGroupEgressMissingRule struct {
	tflint.DefaultRule
}

// NewAwsSecurityGroupEgressMissingRule returns the rule.
func NewAwsSecurityGroupEgressMissingRule() *AwsSecurityGroupEgressMissingRule {
	return &AwsSecurityGroupEgressMissingRule{}
}

func (r *AwsSecurityGroupEgressMissingRule) Name() string {
	return "aws_security_group_egress_missing"
}
func (r *AwsSecurityGroupEgressMissingRule) Enabled() bool             { return true }
func (r *AwsSecurityGroupEgressMissingRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *AwsSecurityGroupEgressMissingRule) Link() string              { return project.ReferenceLink(r.Name()) }

// Reads is what the rule reads: egress, standalone rules and what attaches groups.
func (r *AwsSecurityGroupEgressMissingRule) Reads() []model.Reads {
	return []model.Reads{{Paths: append([]string{"egress", "egress{}", "type"}, securityGroupAttachmentPaths...)}}
}

func (r *AwsSecurityGroupEgressMissingRule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	rep := report.New(runner, r)
	groups := cfg.ResourcesOfType("aws_security_group")
	if len(groups) == 0 {
		return rep.Flush()
	}
	targets := newEgressMissingTargets()
	cfg.Module.Walk(targets.collectRules)
	if targets.unresolvable {
		return rep.Flush()
	}
	targets.collectExposed(cfg)
	for _, g := range groups {
		if targets.groups[g] || egressMissingDeclared(g) || targets.needsNone(securityGroupUsesOf(cfg)[g], g) {
			continue
		}
		finding := report.Finding{
			Subject: g.Address(),
			Message: fmt.Sprintf("%s has no egress rules, and Terraform removes the allow-all egress rule AWS adds to new security groups, so this group allows no outbound traffic. Add egress rules scoped to the destinations and ports it needs, or set egress = [] to state that it needs none.",
				g.Address()),
			Module: g.Module,
			Range:  g.DeclRange,
		}
		if a := g.Body.Attr("egress"); a != nil {
			// egress = var.egress, null: the caller's argument decides.
			finding.Expr = a.Expr
		}
		rep.Report(finding)
	}
	return rep.Flush()
}

// egressMissingDeclared reports whether the group itself states its egress:
// an egress block (dynamic ones too, whatever their for_each), an egress
// argument that is not null, or lifecycle.ignore_changes handing egress to
// something outside this configuration.
func egressMissingDeclared(g *model.Resource) bool {
	if len(g.Body.AllBlocks("egress")) > 0 {
		return true
	}
	if a := g.Body.Attr("egress"); a != nil {
		v := g.Module.Eval(a.Expr, g)
		if !v.IsKnown() || !v.IsNull() {
			return true
		}
	}
	return g.IgnoresChanges("egress")
}

// egressMissingTargets collects the groups that standalone egress rules, or
// code the model cannot see, may add egress rules to.
type egressMissingTargets struct {
	groups map[*model.Resource]bool
	// ruled are the groups standalone egress rules may target.
	ruled map[*model.Resource]bool
	// unresolvable is set when some egress rule may target any group.
	unresolvable bool
	// forEachSeen remembers the module calls whose for_each was already read.
	forEachSeen map[*model.ModuleCall]bool
}

func newEgressMissingTargets() *egressMissingTargets {
	return &egressMissingTargets{groups: map[*model.Resource]bool{}, ruled: map[*model.Resource]bool{}, forEachSeen: map[*model.ModuleCall]bool{}}
}

// collectRules reads the standalone egress rules of one module. Rules with
// count = 0 still count: they show that egress was thought about.
func (t *egressMissingTargets) collectRules(m *model.Module) {
	for _, res := range m.Resources {
		if !egressMissingMayBeEgressRule(m, res) {
			continue
		}
		attr := res.Body.Attr("security_group_id")
		if attr == nil {
			t.unresolvable = true
			continue
		}
		refs, complete := m.References(attr.Expr)
		if model.RefersTo(attr.Expr, "each") {
			if fe := res.Body.Attr("for_each"); fe != nil {
				more, ok := m.References(fe.Expr)
				refs, complete = append(refs, more...), complete && ok
			} else {
				complete = false
			}
		}
		if !complete {
			t.unresolvable = true
		}
		t.addGroups(refs)
		t.collectCallForEach(m)
	}
}

// collectCallForEach reads the for_each of every module call leading to a
// module with an egress rule. The model's references skip each.value, so a
// group handed in as `sg = each.value` would otherwise go unseen. Unlike a
// rule's own target, incompleteness is harmless here: at the root, what the
// model cannot follow (root variables, unreadable modules' outputs) cannot
// carry a group of this configuration without it also being passed somewhere
// collectExposed looks.
func (t *egressMissingTargets) collectCallForEach(m *model.Module) {
	for call := m.Call; call != nil; call = call.Parent.Call {
		if t.forEachSeen[call] {
			continue
		}
		t.forEachSeen[call] = true
		if fe := call.Body.Attr("for_each"); fe != nil {
			refs, _ := call.Parent.References(fe.Expr)
			t.addGroups(refs)
		}
	}
}

// addGroups marks the referenced groups. A reference to anything but a
// managed security group (a data source, an instance's group list) may stand
// for any group.
func (t *egressMissingTargets) addGroups(refs []model.Ref) {
	for _, ref := range refs {
		if ref.Resource.Data || ref.Resource.Type != "aws_security_group" {
			t.unresolvable = true
			continue
		}
		t.groups[ref.Resource] = true
		t.ruled[ref.Resource] = true
	}
}

// collectExposed marks the groups that code the model cannot read may add
// egress rules to: groups passed to a module that cannot be read and, when the
// module under check is not a deployable configuration (a reusable module
// linted on its own or as a module call), groups its outputs hand to the caller.
func (t *egressMissingTargets) collectExposed(cfg *model.Config) {
	cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			if call.Module != nil || call.Absent {
				continue
			}
			for _, arg := range call.Body.Attributes() {
				refs, _ := m.References(arg.Expr)
				t.addExposed(refs)
			}
		}
	})
	if cfg.IsConfigurationRoot {
		return
	}
	for _, o := range cfg.Module.Outputs {
		refs, _ := cfg.Module.References(o.Expr)
		t.addExposed(refs)
	}
}

func (t *egressMissingTargets) addExposed(refs []model.Ref) {
	for _, ref := range refs {
		if ref.Resource.Type == "aws_security_group" && !ref.Resource.Data {
			t.groups[ref.Resource] = true
		}
	}
}

// egressMissingMayBeEgressRule reports whether a resource is, or may be, a
// standalone egress rule; an aws_security_group_rule of unknown type may be.
func egressMissingMayBeEgressRule(m *model.Module, res *model.Resource) bool {
	switch res.Type {
	case "aws_vpc_security_group_egress_rule":
		return true
	case "aws_security_group_rule":
		typ := res.Body.Attr("type")
		if typ == nil {
			return true
		}
		v, known := m.EvalString(typ.Expr, res)
		return !known || v == "egress"
	}
	return false
}

// needsNone reports whether group g, which states no egress, needs none
// because of what it is attached to, or gets no verdict: VPC endpoints, whose
// network interfaces only receive connections, and resources that attach,
// through the same argument, a group with egress (a resource gets the union
// of its groups' rules, so it can start connections through the other
// group) or a group whose rules the plugin cannot see. It needs an
// attachment the model sees, and every existing one must be of these kinds:
// a database's group alone keeps its finding.
func (t *egressMissingTargets) needsNone(use *securityGroupUse, g *model.Resource) bool {
	if use == nil {
		return false
	}
	consumers := use.existingConsumers()
	if !use.endpoint && len(consumers) == 0 {
		return false
	}
	for _, c := range consumers {
		if !t.mayGiveEgress(c, g) {
			return false
		}
	}
	return true
}

// mayGiveEgress reports whether an attachment may give its resource egress
// through another group: it surely attaches an existing group that allows
// some outbound traffic, or it may attach a group the plugin cannot resolve.
func (t *egressMissingTargets) mayGiveEgress(c securityGroupAttachment, g *model.Resource) bool {
	attached := attachedGroupsOf(c)
	if attached.unresolved {
		return true
	}
	for _, other := range attached.surely {
		if other != g && !other.Absent() && t.allowsEgress(other) {
			return true
		}
	}
	return false
}

// allowsEgress reports whether a group surely has some egress rule: an egress
// block, a known non-empty egress argument, or a standalone egress rule
// targeting it. egress = [], or a value that cannot be known, allows none.
func (t *egressMissingTargets) allowsEgress(g *model.Resource) bool {
	if t.ruled[g] || len(g.Body.AllBlocks("egress")) > 0 {
		return true
	}
	a := g.Body.Attr("egress")
	if a == nil {
		return false
	}
	v := g.Module.Eval(a.Expr, g)
	return v.IsKnown() && !v.IsNull() && v.CanIterateElements() && v.LengthInt() > 0
}
