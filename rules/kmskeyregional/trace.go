package kmskeyregional

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// This file is the rule's own expression tracer: it follows a value through
// references, conditionals and pass-through functions to the KMS keys it can
// name, handing references to keys, aliases and data sources to keys.go.

// maxDepth bounds how many expressions a reference is followed through.
const maxDepth = 48

// anyIndex stands for an element of a collection chosen by an
// unknown index or a splat.
type anyIndex struct{ hcl.TraverseIndex }

func (anyIndex) TraversalStep(cty.Value) (cty.Value, hcl.Diagnostics) {
	return cty.DynamicVal, nil
}

func pathSteps(path []string) hcl.Traversal {
	steps := make(hcl.Traversal, len(path))
	for i, name := range path {
		steps[i] = hcl.TraverseAttr{Name: name}
	}
	return steps
}

func join(a hcl.Traversal, b ...hcl.Traverser) hcl.Traversal {
	out := make(hcl.Traversal, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// trace follows an expression, with the traversal steps still to
// apply to its value, to the keys it can evaluate to. Only expressions that
// pass a value through are followed (references, conditionals, try,
// coalesce, one, element, ...): a key ARN rewritten by a function (say,
// replace() into a replica's ARN) is no longer that key. complete is false
// when some value cannot be followed.
func trace(mod *model.Module, expr hcl.Expression, rest hcl.Traversal, depth int) ([]key, bool) {
	if expr == nil {
		return nil, true
	}
	if depth > maxDepth {
		return nil, false
	}
	depth++
	expr = native(expr)
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		return traceReference(mod, join(e.Traversal, rest...), depth)
	case *hclsyntax.RelativeTraversalExpr:
		return trace(mod, e.Source, join(e.Traversal, rest...), depth)
	case *hclsyntax.IndexExpr:
		var step hcl.Traverser = anyIndex{}
		if v := mod.Eval(e.Key, nil); v.IsWhollyKnown() && !v.IsNull() {
			step = hcl.TraverseIndex{Key: v}
		}
		return trace(mod, e.Collection, join(hcl.Traversal{step}, rest...), depth)
	case *hclsyntax.SplatExpr:
		switch each := e.Each.(type) {
		case *hclsyntax.AnonSymbolExpr:
			return trace(mod, e.Source, join(hcl.Traversal{anyIndex{}}, rest...), depth)
		case *hclsyntax.RelativeTraversalExpr:
			if _, ok := each.Source.(*hclsyntax.AnonSymbolExpr); ok {
				steps := join(hcl.Traversal{anyIndex{}}, each.Traversal...)
				return trace(mod, e.Source, join(steps, rest...), depth)
			}
		}
		return nil, false
	case *hclsyntax.ParenthesesExpr:
		return trace(mod, e.Expression, rest, depth)
	case *hclsyntax.TemplateWrapExpr:
		return trace(mod, e.Wrapped, rest, depth)
	case *hclsyntax.TemplateExpr:
		if len(e.Parts) == 1 {
			return trace(mod, e.Parts[0], rest, depth)
		}
	case *hclsyntax.ConditionalExpr:
		if cond, ok := mod.EvalBool(e.Condition, nil); ok {
			if cond {
				return trace(mod, e.TrueResult, rest, depth)
			}
			return trace(mod, e.FalseResult, rest, depth)
		}
		return traceUnion(mod, []hcl.Expression{e.TrueResult, e.FalseResult}, rest, depth)
	case *hclsyntax.FunctionCallExpr:
		if keys, complete, handled := traceCall(mod, e, rest, depth); handled {
			return keys, complete
		}
	case *hclsyntax.TupleConsExpr:
		return traceTuple(mod, asExprs(e.Exprs), rest, depth)
	case *hclsyntax.ObjectConsExpr:
		if len(rest) > 0 {
			if _, any := rest[0].(anyIndex); any {
				values := make([]hcl.Expression, len(e.Items))
				for i, item := range e.Items {
					values[i] = item.ValueExpr
				}
				return traceUnion(mod, values, rest[1:], depth)
			}
			if name, ok := stepName(rest[0]); ok {
				value := objectItem(e, name)
				if value == nil {
					return nil, true
				}
				return trace(mod, value, rest[1:], depth)
			}
		}
	case hclsyntax.Expression:
	default:
		// JSON objects and arrays.
		if len(rest) > 0 {
			if pairs, diags := hcl.ExprMap(expr); !diags.HasErrors() {
				if name, ok := stepName(rest[0]); ok {
					for _, p := range pairs {
						if keyName(p.Key) == name {
							return trace(mod, p.Value, rest[1:], depth)
						}
					}
					return nil, true
				}
			}
			if list, diags := hcl.ExprList(expr); !diags.HasErrors() {
				return traceTuple(mod, list, rest, depth)
			}
		}
	}
	return valueKeys(mod.Eval(expr, nil), rest)
}

// native turns a JSON string into the template it stands for.
func native(expr hcl.Expression) hcl.Expression {
	if _, ok := expr.(hclsyntax.Expression); ok {
		return expr
	}
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

func traceUnion(mod *model.Module, exprs []hcl.Expression, rest hcl.Traversal, depth int) ([]key, bool) {
	var keys []key
	complete := true
	for _, e := range exprs {
		k, ok := trace(mod, e, rest, depth)
		keys = append(keys, k...)
		complete = complete && ok
	}
	return keys, complete
}

// traceTuple applies an index, or a path step over a list of objects, to a tuple.
func traceTuple(mod *model.Module, elems []hcl.Expression, rest hcl.Traversal, depth int) ([]key, bool) {
	if len(rest) == 0 {
		return nil, false
	}
	switch step := rest[0].(type) {
	case anyIndex:
		return traceUnion(mod, elems, rest[1:], depth)
	case hcl.TraverseAttr:
		return traceUnion(mod, elems, rest, depth)
	case hcl.TraverseIndex:
		if !step.Key.IsKnown() || step.Key.IsNull() || step.Key.Type() != cty.Number {
			return nil, false
		}
		i, acc := step.Key.AsBigFloat().Int64()
		if acc != 0 || i < 0 || int(i) >= len(elems) {
			return nil, false
		}
		return trace(mod, elems[i], rest[1:], depth)
	}
	return nil, false
}

// traceCall follows the functions whose result is one of their
// arguments, or an element of one.
func traceCall(mod *model.Module, call *hclsyntax.FunctionCallExpr, rest hcl.Traversal, depth int) ([]key, bool, bool) {
	anyElement := join(hcl.Traversal{anyIndex{}}, rest...)
	// elementsOf treats an index into the result as any element of any argument.
	elementsOf := func(args []hcl.Expression) ([]key, bool, bool) {
		if len(rest) == 0 {
			return nil, false, true
		}
		inner := rest
		if _, attr := rest[0].(hcl.TraverseAttr); !attr {
			inner = join(hcl.Traversal{anyIndex{}}, rest[1:]...)
		}
		keys, complete := traceUnion(mod, args, inner, depth)
		return keys, complete, true
	}
	switch call.Name {
	case "try", "coalesce":
		keys, complete := traceUnion(mod, asExprs(call.Args), rest, depth)
		return keys, complete, true
	case "tostring":
		if len(call.Args) == 1 {
			keys, complete := trace(mod, call.Args[0], rest, depth)
			return keys, complete, true
		}
	case "one", "element":
		if len(call.Args) >= 1 {
			keys, complete := trace(mod, call.Args[0], anyElement, depth)
			return keys, complete, true
		}
	case "concat", "compact", "flatten", "distinct", "tolist", "toset", "coalescelist":
		return elementsOf(asExprs(call.Args))
	case "join":
		if len(call.Args) >= 2 && len(rest) == 0 {
			keys, complete := traceUnion(mod, asExprs(call.Args[1:]), hcl.Traversal{anyIndex{}}, depth)
			return keys, complete, true
		}
	case "lookup":
		if len(call.Args) >= 2 {
			var step hcl.Traverser = anyIndex{}
			if v := mod.Eval(call.Args[1], nil); v.IsWhollyKnown() && !v.IsNull() {
				step = hcl.TraverseIndex{Key: v}
			}
			keys, complete := trace(mod, call.Args[0], join(hcl.Traversal{step}, rest...), depth)
			if len(call.Args) == 3 {
				more, ok := trace(mod, call.Args[2], rest, depth)
				keys, complete = append(keys, more...), complete && ok
			}
			return keys, complete, true
		}
	}
	return nil, false, false
}

func asExprs(list []hclsyntax.Expression) []hcl.Expression {
	out := make([]hcl.Expression, len(list))
	for i, e := range list {
		out[i] = e
	}
	return out
}

// stepName is the attribute or string key a step selects.
func stepName(step hcl.Traverser) (string, bool) {
	switch s := step.(type) {
	case hcl.TraverseAttr:
		return s.Name, true
	case hcl.TraverseIndex:
		if s.Key.Type() == cty.String && s.Key.IsKnown() && !s.Key.IsNull() {
			return s.Key.AsString(), true
		}
	}
	return "", false
}

// attrAfter is the first attribute name at or after position i, skipping
// indexes (anyIndex too, which the model's own attrAfter does not know).
func attrAfter(tr hcl.Traversal, i int) string {
	for ; i < len(tr); i++ {
		switch s := tr[i].(type) {
		case hcl.TraverseAttr:
			return s.Name
		case hcl.TraverseIndex, anyIndex:
		default:
			return ""
		}
	}
	return ""
}

// traceReference follows a reference: a key, an alias, a key data
// source, or a local, variable or module output that leads to one.
func traceReference(mod *model.Module, tr hcl.Traversal, depth int) ([]key, bool) {
	if len(tr) < 2 {
		return evalTraversal(mod, tr)
	}
	name := attrAfter(tr, 1)
	switch tr.RootName() {
	case "var":
		if mod.Call == nil {
			return evalTraversal(mod, tr)
		}
		if arg := mod.Call.Body.Attr(name); arg != nil {
			return trace(mod.Call.Parent, arg.Expr, tr[2:], depth)
		}
		if v := mod.Variables[name]; v != nil && v.Default != nil {
			return trace(mod, v.Default, tr[2:], depth)
		}
		return nil, false
	case "local":
		if attr := mod.Locals[name]; attr != nil {
			return trace(mod, attr.Expr, tr[2:], depth)
		}
		return nil, false
	case "module":
		return traceOutput(mod, tr, depth)
	case "data":
		ds := mod.DataSource(name, attrAfter(tr, 2))
		if ds == nil {
			return nil, false
		}
		if ds.Absent() {
			return nil, true
		}
		return dataSourceKeys(ds, attrAfter(tr, 3), instanceKey(tr[1:]))
	case "count", "each", "path", "terraform", "self":
		return evalTraversal(mod, tr)
	}
	res := mod.Resource(tr.RootName(), name)
	if res == nil {
		return nil, false
	}
	if res.Absent() {
		return nil, true
	}
	return resourceKeys(res, attrAfter(tr, 2), instanceKey(tr), depth)
}

// traceOutput follows `module.<name>[...].<output>`.
func traceOutput(mod *model.Module, tr hcl.Traversal, depth int) ([]key, bool) {
	callName := attrAfter(tr, 1)
	for _, call := range mod.Calls {
		if call.Name != callName {
			continue
		}
		if call.Absent {
			return nil, true
		}
		if call.Module == nil {
			return nil, false
		}
		i := 2
		for i < len(tr) {
			if _, attr := tr[i].(hcl.TraverseAttr); attr {
				break
			}
			i++
		}
		if i >= len(tr) {
			return nil, false
		}
		output := attrAfter(tr, i)
		for _, o := range call.Module.Outputs {
			if o.Name == output && o.Expr != nil {
				return trace(call.Module, o.Expr, tr[i+1:], depth)
			}
		}
	}
	return nil, false
}

// evalTraversal evaluates a reference the model can evaluate
// (variables of the module under check, count, each), up to the first
// unknown index, and applies the rest to the value.
func evalTraversal(mod *model.Module, tr hcl.Traversal) ([]key, bool) {
	cut := len(tr)
	for i, step := range tr {
		if _, any := step.(anyIndex); any {
			cut = i
			break
		}
	}
	prefix := tr[:cut]
	v := mod.Eval(&hclsyntax.ScopeTraversalExpr{Traversal: prefix, SrcRange: prefix.SourceRange()}, nil)
	return valueKeys(v, tr[cut:])
}

// valueKeys reads the keys a known value names, after applying steps.
func valueKeys(v cty.Value, rest hcl.Traversal) ([]key, bool) {
	if !v.IsKnown() {
		return nil, false
	}
	if v.IsNull() {
		return nil, true
	}
	if len(rest) > 0 {
		switch rest[0].(type) {
		case anyIndex:
			return elementKeys(v, rest[1:])
		case hcl.TraverseAttr:
			if v.Type().IsListType() || v.Type().IsTupleType() || v.Type().IsSetType() {
				return elementKeys(v, rest)
			}
		}
		next, diags := rest[0].TraversalStep(v)
		if diags.HasErrors() {
			return nil, false
		}
		return valueKeys(next, rest[1:])
	}
	if v.Type() != cty.String {
		return nil, false
	}
	if k := keyFromString(v.AsString()); k.label != "" {
		return []key{k}, true
	}
	return nil, true
}

func elementKeys(v cty.Value, rest hcl.Traversal) ([]key, bool) {
	if !v.CanIterateElements() {
		return nil, false
	}
	var keys []key
	for it := v.ElementIterator(); it.Next(); {
		_, elem := it.Element()
		k, ok := valueKeys(elem, rest)
		if !ok {
			return nil, false
		}
		keys = append(keys, k...)
	}
	return keys, true
}
