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
	if c.IsRoot && !c.IsConfigurationRoot && r.Module.Call == nil && r.Module.dependsOnVariables(expr, 0) {
		return cty.DynamicVal
	}
	return r.Module.Eval(expr, r)
}

// dependsOnVariables reports whether an expression refers to an input
// variable, directly or through locals.
func (m *Module) dependsOnVariables(expr hcl.Expression, depth int) bool {
	if depth > maxRefDepth {
		return true
	}
	for _, tr := range expr.Variables() {
		switch tr.RootName() {
		case "var":
			return true
		case "local":
			if len(tr) < 2 {
				continue
			}
			if a, ok := tr[1].(hcl.TraverseAttr); ok && m.localDependsOnVariables(a.Name, depth) {
				return true
			}
		}
	}
	return false
}

// localDependsOnVariables memoizes dependsOnVariables for a local; a local
// met again while it is being examined (a cycle) adds nothing.
func (m *Module) localDependsOnVariables(name string, depth int) bool {
	local := m.Locals[name]
	if local == nil {
		return false
	}
	return localInputs.ofName(&m.config.memo, m, name, false, func() bool { return m.dependsOnVariables(local.Expr, depth+1) })
}

var localInputs = &analysis[bool]{name: "locals that depend on input variables"}
