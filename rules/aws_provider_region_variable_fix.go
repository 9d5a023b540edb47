package rules

import (
	"fmt"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// regionVariableFix declares the region variable with the default provider's
// literal region as its default, in variables.tf when the module has one,
// else after the provider block, and points the provider at it. It is nil
// when that would change what the configuration does or where it is written:
// a region that is not a literal, a provider in JSON or merged with an
// override file, or a variable file of the directory that sets the name
// (the new variable would take that value).
func regionVariableFix(runner tflint.Runner, p *model.Provider, name string) func(tflint.Fixer) error {
	attr := p.RegionAttr
	if p.Block == nil || attr == nil || p.Block.Body.IsJSON() || p.Block.Body.Overridden() || !isNativeEditable(attr.Range.Filename) {
		return nil
	}
	if len(attr.Expr.Variables()) > 0 {
		return nil
	}
	region, ok := p.Module.EvalString(attr.Expr, nil)
	if !ok || tfvarsMaySet(p.Module.AbsDir(), name) {
		return nil
	}
	where, ok := atFileEnd(runner, p.Module, "variables.tf")
	if !ok {
		where, ok = afterBlock(runner, p.Block.DefRange)
	}
	if !ok {
		return nil
	}
	return func(f tflint.Fixer) error {
		decl := fmt.Sprintf("variable %q {\n  type        = string\n  default     = %s\n  description = %q\n}",
			name, f.ValueText(cty.StringVal(region)), "AWS region the default aws provider deploys to.")
		if err := where.insert(f, decl); err != nil {
			return err
		}
		return f.ReplaceText(attr.Expr.Range(), "var."+name)
	}
}
