package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// Variable is a variable block.
type Variable struct {
	Name      string
	Default   hcl.Expression
	Type      hcl.Expression
	DeclRange hcl.Range
	// nonNullable is set by `nullable = false`.
	nonNullable bool
}

func (m *Module) computeVar(name string) cty.Value {
	decl := m.Variables[name]
	if decl == nil {
		return cty.DynamicVal
	}
	if v, set := m.values[name]; set {
		return typed(decl, v)
	}
	if m.host != nil {
		// TFLint converts a root variable to its type; the SDK's test
		// runner does not, and nothing is lost by converting twice.
		return typed(decl, m.hostVar(name))
	}
	v := cty.DynamicVal
	arg := m.callArgument(name)
	if arg != nil {
		v = m.Call.Parent.Eval(arg.Expr, nil)
	}
	// A null passed for a variable that is not nullable takes its default.
	useDefault := arg == nil || decl.nonNullable && v.IsKnown() && v.IsNull()
	if useDefault && decl.Default != nil {
		if d, diags := decl.Default.Value(nil); !diags.HasErrors() {
			v = d
		}
	}
	return typed(decl, v)
}

func (m *Module) callArgument(name string) *hcl.Attribute {
	if m.Call == nil {
		return nil
	}
	return m.Call.Body.Attr(name)
}

// typed applies a variable's type constraint as Terraform does: optional
// attribute defaults first, then conversion. A value that does not convert is unknown.
func typed(decl *Variable, v cty.Value) cty.Value {
	if decl.Type == nil || v.IsNull() {
		return v
	}
	ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(decl.Type)
	if diags.HasErrors() {
		return v
	}
	if defaults != nil {
		v = defaults.Apply(v)
	}
	converted, err := convert.Convert(v, ty)
	if err != nil {
		return cty.DynamicVal
	}
	return converted
}
