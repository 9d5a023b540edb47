package cloudfrontorigin

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// Two ways of following a value back through the configuration: valueRef
// finds the resource attribute a value begins with (for the origins of the
// module under check); trace finds the expression that writes a value, through
// object and tuple constructors too (for the origin maps callers pass).

// maxRefDepth bounds how many locals, module arguments and outputs a reference is followed through.
const maxRefDepth = 32

// valueRef finds the resource attribute an expression's value begins
// with, following locals, the arguments of the call that loaded the module and
// the outputs of readable called modules. whole is true when the value is that
// attribute and nothing else: the bare reference, or a template that only wraps it.
func valueRef(mod *model.Module, expr hcl.Expression, depth int) (ref model.Ref, whole, ok bool) {
	if depth > maxRefDepth {
		return ref, false, false
	}
	e := nativeSyntax(expr)
	whole = true
	for {
		switch x := e.(type) {
		case *hclsyntax.TemplateWrapExpr:
			e = x.Wrapped
		case *hclsyntax.ParenthesesExpr:
			e = x.Expression
		case *hclsyntax.TemplateExpr:
			if len(x.Parts) == 0 {
				return ref, false, false
			}
			if len(x.Parts) > 1 {
				whole = false
			}
			e = x.Parts[0]
		case *hclsyntax.ScopeTraversalExpr:
			found, bare, resolved := traversalRef(mod, x.Traversal, depth)
			return found, whole && bare, resolved
		case *hclsyntax.IndexExpr:
			// An element of the collection: `tolist(zone.name_servers)[var.i]`.
			e = x.Collection
		case *hclsyntax.RelativeTraversalExpr:
			// `tolist(zone.name_servers)[0]`: only indexes, no attribute.
			for _, step := range x.Traversal {
				if _, isIndex := step.(hcl.TraverseIndex); !isIndex {
					return ref, false, false
				}
			}
			e = x.Source
		case *hclsyntax.FunctionCallExpr:
			// Functions that pass an element or the value itself through.
			if !passThroughFunctions[x.Name] || len(x.Args) == 0 || x.ExpandFinal {
				return ref, false, false
			}
			e = x.Args[0]
		default:
			return ref, false, false
		}
	}
}

// passThroughFunctions are functions whose result is their first argument or
// one of its elements.
var passThroughFunctions = map[string]bool{"element": true, "one": true, "tolist": true, "toset": true, "tostring": true}

// nativeSyntax returns an expression in native syntax; a JSON string is
// parsed as the template Terraform reads it as.
func nativeSyntax(expr hcl.Expression) hclsyntax.Expression {
	if expr == nil {
		return nil
	}
	if s, ok := expr.(hclsyntax.Expression); ok {
		return s
	}
	// A JSON string evaluated without a context is its literal text.
	v, diags := expr.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return nil
	}
	start := expr.Range().Start
	start.Column++
	start.Byte++
	tmpl, diags := hclsyntax.ParseTemplate([]byte(v.AsString()), expr.Range().Filename, start)
	if diags.HasErrors() {
		return nil
	}
	return tmpl
}

// traversalRef is valueRef for a reference: a local, a variable (the caller's
// argument), a module output, or a resource or data source itself.
func traversalRef(mod *model.Module, tr hcl.Traversal, depth int) (model.Ref, bool, bool) {
	none := model.Ref{}
	name := func(i int) string {
		if i < len(tr) {
			if a, ok := tr[i].(hcl.TraverseAttr); ok {
				return a.Name
			}
		}
		return ""
	}
	switch root := tr.RootName(); root {
	case "count", "each", "self", "path", "terraform":
		return none, false, false
	case "local":
		attr := mod.Locals[name(1)]
		if attr == nil {
			return none, false, false
		}
		return applyRest(tr, 2)(valueRef(mod, attr.Expr, depth+1))
	case "var":
		if mod.Call == nil {
			return none, false, false
		}
		arg := mod.Call.Body.Attr(name(1))
		if arg == nil {
			return none, false, false
		}
		return applyRest(tr, 2)(valueRef(mod.Call.Parent, arg.Expr, depth+1))
	case "module":
		for _, call := range mod.Calls {
			if call.Name != name(1) || call.Module == nil {
				continue
			}
			output, next := attrAt(tr, 2)
			for _, o := range call.Module.Outputs {
				if o.Name == output && o.Expr != nil {
					return applyRest(tr, next)(valueRef(call.Module, o.Expr, depth+1))
				}
			}
		}
		return none, false, false
	case "data":
		if r := mod.DataSource(name(1), name(2)); r != nil {
			return applyRest(tr, 3)(model.Ref{Resource: r}, true, true)
		}
		return none, false, false
	default:
		if r := mod.Resource(root, name(1)); r != nil {
			return applyRest(tr, 2)(model.Ref{Resource: r}, true, true)
		}
		return none, false, false
	}
}

// applyRest applies the rest of a traversal, from position i, to what its
// head resolved to: the attribute of a whole object, then only instance indexes.
func applyRest(tr hcl.Traversal, i int) func(model.Ref, bool, bool) (model.Ref, bool, bool) {
	return func(ref model.Ref, whole, ok bool) (model.Ref, bool, bool) {
		if !ok {
			return ref, false, false
		}
		if ref.Attr == "" {
			attr, next := attrAt(tr, i)
			if attr == "" {
				return ref, false, false
			}
			ref.Attr, i = attr, next
		}
		for ; i < len(tr); i++ {
			if _, isIndex := tr[i].(hcl.TraverseIndex); !isIndex {
				return ref, false, false
			}
		}
		return ref, whole, true
	}
}

// attrAt is the first attribute name at or after position i of a
// traversal, skipping instance indexes, and the position after it.
func attrAt(tr hcl.Traversal, i int) (string, int) {
	for ; i < len(tr); i++ {
		switch s := tr[i].(type) {
		case hcl.TraverseAttr:
			return s.Name, i + 1
		case hcl.TraverseIndex:
		default:
			return "", len(tr)
		}
	}
	return "", len(tr)
}

// trace follows an expression, and the keys or attribute names still
// to apply to its value, to the expression that writes that value: through
// object and tuple constructors, locals, and the arguments of the call that
// loaded the module. A reference to a resource takes the remaining steps as
// its attributes. ok is false for anything else.
func trace(mod *model.Module, expr hcl.Expression, steps []cty.Value, depth int) (*model.Module, hcl.Expression, bool) {
	if depth > maxRefDepth || expr == nil {
		return nil, nil, false
	}
	e, native := expr.(hclsyntax.Expression)
	if !native {
		return nil, nil, false
	}
	if wrap, ok := e.(*hclsyntax.TemplateWrapExpr); ok {
		e = wrap.Wrapped
	}
	if x, ok := e.(*hclsyntax.ScopeTraversalExpr); ok {
		return traceTraversal(mod, x, steps, depth)
	}
	if len(steps) == 0 {
		return mod, e, true
	}
	switch x := e.(type) {
	case *hclsyntax.ObjectConsExpr:
		for _, item := range x.Items {
			key, diags := item.KeyExpr.Value(nil)
			if diags.HasErrors() || !key.IsKnown() || key.IsNull() {
				return nil, nil, false
			}
			if sameKey(key, steps[0]) {
				return trace(mod, item.ValueExpr, steps[1:], depth+1)
			}
		}
	case *hclsyntax.TupleConsExpr:
		if i, ok := model.IntValue(steps[0]); ok && i >= 0 && i < int64(len(x.Exprs)) {
			return trace(mod, x.Exprs[i], steps[1:], depth+1)
		}
	}
	return nil, nil, false
}

// traceTraversal follows a reference: a variable to its caller's
// argument, a local to its expression. Anything else is where the value is
// written, when no step is left to apply to it.
func traceTraversal(mod *model.Module, x *hclsyntax.ScopeTraversalExpr, steps []cty.Value, depth int) (*model.Module, hcl.Expression, bool) {
	tr := x.Traversal
	stop := func() (*model.Module, hcl.Expression, bool) {
		return mod, x, len(steps) == 0
	}
	if len(tr) < 2 {
		return stop()
	}
	name, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return stop()
	}
	rest, ok := traversalSteps(tr[2:])
	if !ok {
		return stop()
	}
	switch tr.RootName() {
	case "var":
		if mod.Call == nil || mod.Call.Body.Attr(name.Name) == nil {
			return stop()
		}
		return trace(mod.Call.Parent, mod.Call.Body.Attr(name.Name).Expr, append(rest, steps...), depth+1)
	case "local":
		if mod.Locals[name.Name] == nil {
			return stop()
		}
		return trace(mod, mod.Locals[name.Name].Expr, append(rest, steps...), depth+1)
	case "count", "each", "self", "path", "terraform", "module", "data":
		return stop()
	}
	if len(steps) == 0 {
		return mod, x, true
	}
	// A resource: the steps name its attribute (and instance).
	full := append(hcl.Traversal{}, tr...)
	for _, step := range steps {
		if step.Type() == cty.String {
			full = append(full, hcl.TraverseAttr{Name: step.AsString(), SrcRange: x.SrcRange})
		} else {
			full = append(full, hcl.TraverseIndex{Key: step, SrcRange: x.SrcRange})
		}
	}
	return mod, &hclsyntax.ScopeTraversalExpr{Traversal: full, SrcRange: x.SrcRange}, true
}

// traversalSteps reads attribute and index steps as keys.
func traversalSteps(tr hcl.Traversal) ([]cty.Value, bool) {
	var steps []cty.Value
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseAttr:
			steps = append(steps, cty.StringVal(s.Name))
		case hcl.TraverseIndex:
			steps = append(steps, s.Key)
		default:
			return nil, false
		}
	}
	return steps, true
}

// sameKey compares an object key with a step, as strings: a map's
// keys and an object's attribute names are strings.
func sameKey(key, step cty.Value) bool {
	k, err1 := keyString(key)
	s, err2 := keyString(step)
	return err1 && err2 && k == s
}

func keyString(v cty.Value) (string, bool) {
	if !v.IsKnown() || v.IsNull() {
		return "", false
	}
	switch v.Type() {
	case cty.String:
		return v.AsString(), true
	case cty.Number:
		return v.AsBigFloat().Text('f', -1), true
	}
	return "", false
}
