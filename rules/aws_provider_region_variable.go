package rules

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
)

// AwsProviderRegionVariableRule requires a configuration root to take its AWS
// region from one input variable.
type AwsProviderRegionVariableRule struct {
	tflint.DefaultRule
}

// NewAwsProviderRegionVariableRule returns the rule.
func NewAwsProviderRegionVariableRule() *AwsProviderRegionVariableRule {
	return &AwsProviderRegionVariableRule{}
}

func (r *AwsProviderRegionVariableRule) Name() string              { return "aws_provider_region_variable" }
func (r *AwsProviderRegionVariableRule) Enabled() bool             { return true }
func (r *AwsProviderRegionVariableRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *AwsProviderRegionVariableRule) Link() string              { return project.ReferenceLink(r.Name()) }

type providerRegionVariableConfig struct {
	// VariableName is the input variable the region must come from; nil when
	// the rule block does not set it, and then any one root variable will do.
	VariableName *string `hclext:"variable_name,optional"`
}

// defaultRegionVariable is the name the message asks for and the fix
// declares when the rule block names none.
const defaultRegionVariable = "aws_region"

// providerRegionSource says where a provider's region comes from.
type providerRegionSource int

const (
	// providerRegionFromVariable: the expression refers to the required variable.
	providerRegionFromVariable providerRegionSource = iota
	// providerRegionUnknowable: it leads to data sources, resources or unreadable modules.
	providerRegionUnknowable
	// providerRegionFromOtherVariable: it refers to other input variables only.
	providerRegionFromOtherVariable
	// providerRegionFromEnvironment: no region argument, or null.
	providerRegionFromEnvironment
	// providerRegionByWorkspace: literals chosen by terraform.workspace.
	providerRegionByWorkspace
	// providerRegionHardCoded: literals and locals holding literals.
	providerRegionHardCoded
)

// Reads is what telling a root that serves only global services reads.
func (r *AwsProviderRegionVariableRule) Reads() []model.Reads { return awsfacts.RegionReads() }

func (r *AwsProviderRegionVariableRule) Check(runner tflint.Runner) error {
	var conf providerRegionVariableConfig
	if err := ruleconfig.Decode(runner, r.Name(), &conf); err != nil {
		return err
	}
	name, exact := defaultRegionVariable, conf.VariableName != nil
	if exact {
		name = *conf.VariableName
	}
	if !hclsyntax.ValidIdentifier(name) {
		return &ruleconfig.Error{Rule: r.Name(), Err: fmt.Errorf("variable_name: %q is not a valid variable name", name)}
	}
	cfg := model.For(runner)
	mod := cfg.Module
	// A module that declares configuration_aliases is called, not deployed,
	// even when it still holds provider blocks of its own.
	if !cfg.IsConfigurationRoot || len(mod.Providers) == 0 {
		return nil
	}
	_, declared := mod.Variables[name]

	subject, aliasedOnly := mod.Providers[0], true
	for _, p := range mod.Providers {
		if p.Alias == "" {
			subject, aliasedOnly = p, false
			break
		}
	}
	// Unless the rule block names the variable, a region taken from one
	// declared root variable of another name is already a parameter.
	isParameter := func(source providerRegionSource, otherVars []string) bool {
		return source == providerRegionFromVariable && declared ||
			!exact && source == providerRegionFromOtherVariable && len(otherVars) == 1 && mod.Variables[otherVars[0]] != nil
	}
	source, otherVars := providerRegionOf(subject, name)
	if aliasedOnly {
		// Without a default provider, the variable must steer at least one
		// aliased provider; the finding goes to the first that shows the
		// nearest miss.
		for _, p := range mod.Providers {
			s, others := providerRegionOf(p, name)
			if isParameter(s, others) {
				return nil
			}
			if s < source {
				subject, source, otherVars = p, s, others
			}
		}
	}
	if source == providerRegionUnknowable || isParameter(source, otherVars) || isSnippetForOtherRoots(cfg, name, source, otherVars) {
		return nil
	}
	var implicitUsers []implicitDefaultUser
	if aliasedOnly {
		implicitUsers = implicitDefaultUsers(cfg)
	}
	// A reference to an undeclared variable is an error whatever the root deploys.
	if source != providerRegionFromVariable && regionNeedsNoVariable(cfg, aliasedOnly, implicitUsers, subject, source) {
		return nil
	}
	at := subject.Block.DefRange
	if subject.RegionAttr != nil {
		at = subject.RegionAttr.Expr.Range()
	}
	finding := report.Finding{
		Subject: subject.Address,
		Message: providerRegionMessage(name, declared, aliasedOnly, subject, source, otherVars),
		Range:   at,
	}
	if aliasedOnly && source != providerRegionFromVariable {
		// The aliased providers are fine as they are: what deploys to the
		// environment's region is what names none of them.
		first := implicitUsers[0]
		finding = report.Finding{
			Subject: first.address,
			Message: implicitDefaultMessage(name, declared, implicitUsers),
			Module:  first.module,
			Range:   first.at,
		}
	}
	if !aliasedOnly && !declared && source == providerRegionHardCoded {
		finding.Fix = regionVariableFix(runner, subject, name)
	}
	reporter := report.New(runner, r)
	reporter.Report(finding)
	return reporter.Flush()
}

// providerRegionOf finds where a provider block's region comes from and which
// other variables it uses.
func providerRegionOf(p *model.Provider, name string) (providerRegionSource, []string) {
	if p.RegionAttr == nil {
		return providerRegionFromEnvironment, nil
	}
	found, workspace, others := false, false, map[string]bool{}
	// The trace follows locals, module outputs and module arguments to the
	// root module's variables. Data sources, resource attributes and the
	// outputs of unreadable modules are not written in the code: those ends
	// are left unset, which makes the region unknowable.
	tracer := &model.Tracer[struct{}]{
		Descend: model.EveryReference[struct{}],
		Variable: func(_ *model.Tracer[struct{}], mod *model.Module, tr hcl.Traversal) ([]struct{}, bool) {
			// A called module's variable without an argument is a required
			// one the caller forgot, which Terraform rejects: nothing to add.
			if mod.Call == nil {
				switch variable, _ := model.FirstAttr(tr[1:]); variable {
				case name:
					found = true
				case "":
				default:
					others[variable] = true
				}
			}
			return nil, true
		},
		Value: func(_ *model.Tracer[struct{}], _ *model.Module, expr hcl.Expression, _ hcl.Traversal) ([]struct{}, bool) {
			if tr, diags := hcl.AbsTraversalForExpr(expr); !diags.HasErrors() && tr.RootName() == "terraform" {
				if attr, _ := model.FirstAttr(tr[1:]); attr == "workspace" {
					workspace = true
				}
			}
			return nil, true
		},
	}
	_, complete := tracer.Trace(p.Module, p.RegionAttr.Expr, nil)
	switch {
	case found:
		return providerRegionFromVariable, model.SortedKeys(others)
	case !complete:
		return providerRegionUnknowable, model.SortedKeys(others)
	case len(others) > 0:
		return providerRegionFromOtherVariable, model.SortedKeys(others)
	case workspace:
		return providerRegionByWorkspace, nil
	}
	if model.IsKnownNull(p.Module.Eval(p.RegionAttr.Expr, nil)) {
		return providerRegionFromEnvironment, nil
	}
	return providerRegionHardCoded, nil
}

func providerRegionMessage(name string, declared, aliasedOnly bool, subject *model.Provider, source providerRegionSource, otherVars []string) string {
	vars := make([]string, len(otherVars))
	for i, v := range otherVars {
		vars[i] = "var." + v
	}
	var uses, instead, why string
	switch source {
	case providerRegionFromVariable:
		uses = "takes its region from var." + name
		why = "which Terraform rejects as a reference to an undeclared input variable"
	case providerRegionFromOtherVariable:
		uses = "takes its region from " + strings.Join(vars, ", ")
		instead = uses + " instead of var." + name
		why = fmt.Sprintf("so setting %s (-var or TF_VAR_%s) does not change where this root deploys", name, name)
	case providerRegionFromEnvironment:
		uses = "sets no region"
		why = "so the region comes from the environment of whoever runs Terraform (AWS_REGION or the profile) instead of the configuration's inputs"
	case providerRegionByWorkspace:
		uses = "picks its region by terraform.workspace from values written in the code"
		why = "so a new region means editing that code, and the region cannot be passed in as an input (-var, tfvars, CI variables)"
	default:
		uses = "hard-codes its region"
		why = "so the same code cannot be deployed to a second region without edits"
	}
	if instead == "" {
		instead = uses + " instead of taking it from var." + name
	}
	switch {
	case aliasedOnly:
		// Only an undeclared variable is reported here (implicitDefaultMessage
		// says the rest), and it is never declared.
		return fmt.Sprintf("This root declares neither variable %q nor a default aws provider, and provider %s %s, %s. Declare variable %q and set region = var.%s in a default aws provider block.",
			name, subject.Address, uses, why, name, name)
	case !declared:
		return fmt.Sprintf("This root declares no variable %q and its default aws provider %s, %s. Declare variable %q and set region = var.%s in the default aws provider block.",
			name, uses, why, name, name)
	}
	return fmt.Sprintf("The default aws provider %s, %s. Set region = var.%s.", instead, why, name)
}
