package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// EvalAsDeployed evaluates an expression of the resource with the values it
// is deployed with. A module linted on its own (a root check of a directory
// that is not a configuration root) runs with its callers' values, which the
// model cannot see: a value that depends on one of its variables is then
// unknown, whatever the variable's default.
func (r *Resource) EvalAsDeployed(expr hcl.Expression) cty.Value {
	c := r.Module.config
	if c.IsRoot && !c.IsConfigurationRoot && r.Module.Call == nil && r.Module.dependsOnVariables(expr) {
		return cty.DynamicVal
	}
	return r.Module.Eval(expr, r)
}

// dependsOnVariables reports whether an expression refers to an input
// variable of the module, directly or through locals. A chain of locals
// deeper than the tracer follows counts as depending on one: the value is
// then not trusted to be the default's.
func (m *Module) dependsOnVariables(expr hcl.Expression) bool {
	t := &Tracer[struct{}]{Descend: referencedInputs}
	found, complete := t.Trace(m, expr, nil)
	return len(found) > 0 || !complete
}

// referencedInputs is the Descend of dependsOnVariables: it reads every
// reference of an expression, in conditions and function arguments alike,
// and handles each itself rather than leaving it to the tracer. A variable
// is the module's own input, not what a caller passes for it; a module
// output or a resource is no input of this module; and a local is followed
// once per module (memoized), since locals that refer to each other several
// times would otherwise be walked exponentially often. The only incomplete
// trace is one past the depth limit.
func referencedInputs(t *Tracer[struct{}], mod *Module, expr hcl.Expression, _ hcl.Traversal) ([]struct{}, bool, bool) {
	for _, tr := range variablesOf(expr) {
		switch tr.RootName() {
		case "var":
			return []struct{}{{}}, true, true
		case "local":
			if mod.localDependsOnVariables(t, nameAt(tr, 1)) {
				return []struct{}{{}}, true, true
			}
		}
	}
	return nil, true, true
}

// localDependsOnVariables memoizes dependsOnVariables for a local, followed
// one step deeper with t; a local on a cycle (whose value is unknown) adds
// nothing, nor does a local the module does not have.
func (m *Module) localDependsOnVariables(t *Tracer[struct{}], name string) bool {
	local := m.Locals[name]
	if local == nil || m.onLocalCycle(name) {
		return false
	}
	return localInputs.ofName(&m.config.memo, m, name, func() bool {
		found, complete := t.Follow(m, local.Expr, nil)
		return len(found) > 0 || !complete
	})
}

var localInputs = &analysis[bool]{name: "locals that depend on input variables"}
