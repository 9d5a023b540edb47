package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// AnyIndex is a step the walker puts in a trace's rest for an element chosen
// by an unknown index, a splat or a function that picks one: any element.
type AnyIndex struct{ hcl.TraverseIndex }

// TraversalStep makes AnyIndex a traverser: which element it takes is unknown.
func (AnyIndex) TraversalStep(cty.Value) (cty.Value, hcl.Diagnostics) {
	return cty.DynamicVal, nil
}

// FirstAttr is the first attribute that steps name, skipping index steps
// (instance keys, AnyIndex), and the steps after it; "" when another kind of
// step or the end comes first.
func FirstAttr(steps hcl.Traversal) (string, hcl.Traversal) {
	for i, step := range steps {
		switch s := step.(type) {
		case hcl.TraverseAttr:
			return s.Name, steps[i+1:]
		case hcl.TraverseIndex, AnyIndex:
		default:
			return "", nil
		}
	}
	return "", nil
}

// KeyName is an object key written as a name or a literal, as the string
// HCL converts it to; "" when it must be evaluated.
func KeyName(expr hcl.Expression) string {
	if v, diags := expr.Value(nil); !diags.HasErrors() {
		if name, ok := keyString(v); ok {
			return name
		}
	}
	return hcl.ExprAsKeyword(expr)
}

// stepName is the attribute or key a step selects of an object.
func stepName(step hcl.Traverser) (string, bool) {
	switch s := step.(type) {
	case hcl.TraverseAttr:
		return s.Name, true
	case hcl.TraverseIndex:
		return keyString(s.Key)
	}
	return "", false
}

// keyString is a known key as a string: an object's keys are strings.
func keyString(v cty.Value) (string, bool) {
	if v == cty.NilVal || !v.IsWhollyKnown() || v.IsNull() {
		return "", false
	}
	s, err := convert.Convert(v, cty.String)
	if err != nil || s.IsNull() {
		return "", false
	}
	return s.AsString(), true
}

// nameAt is the attribute name at position i of a traversal, or "".
func nameAt(tr hcl.Traversal, i int) string {
	if i < len(tr) {
		if a, ok := tr[i].(hcl.TraverseAttr); ok {
			return a.Name
		}
	}
	return ""
}

func joinSteps(a hcl.Traversal, b ...hcl.Traverser) hcl.Traversal {
	out := make(hcl.Traversal, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// Native returns the template Terraform reads a JSON string as, so that
// native and JSON syntax are read alike; any other expression, and a string
// that is no valid template, is returned as it is.
func Native(expr hcl.Expression) hcl.Expression {
	if _, ok := expr.(hclsyntax.Expression); ok || expr == nil {
		return expr
	}
	// A JSON string evaluated without a context is its literal text.
	v, diags := expr.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return expr
	}
	rng := expr.Range()
	start := hcl.Pos{Line: rng.Start.Line, Column: rng.Start.Column + 1, Byte: rng.Start.Byte + 1}
	tmpl, diags := hclsyntax.ParseTemplate([]byte(v.AsString()), rng.Filename, start)
	if diags.HasErrors() {
		return expr
	}
	return tmpl
}
