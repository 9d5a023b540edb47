package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// compose follows the expressions that pass a value on. Only those are
// followed: a value rewritten by a function (say, replace() into another
// ARN) is no longer the value it was made from, and ends at Value.
func (t *Tracer[T]) compose(mod *Module, expr hcl.Expression, rest hcl.Traversal) ([]T, bool, bool) {
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		return handled(t.Reference(mod, e.Traversal, rest))
	case *hclsyntax.RelativeTraversalExpr:
		return handled(t.Trace(mod, e.Source, joinSteps(e.Traversal, rest...)))
	case *hclsyntax.IndexExpr:
		return handled(t.Trace(mod, e.Collection, joinSteps(hcl.Traversal{t.indexStep(mod, e.Key)}, rest...)))
	case *hclsyntax.SplatExpr:
		return t.splat(mod, e, rest)
	case *hclsyntax.ParenthesesExpr:
		return handled(t.Trace(mod, e.Expression, rest))
	case *hclsyntax.TemplateWrapExpr:
		return handled(t.Trace(mod, e.Wrapped, rest))
	case *hclsyntax.TemplateExpr:
		if len(e.Parts) == 1 {
			return handled(t.Trace(mod, e.Parts[0], rest))
		}
	case *hclsyntax.ConditionalExpr:
		if cond, ok := mod.EvalBool(e.Condition, nil); ok {
			if cond {
				return handled(t.Trace(mod, e.TrueResult, rest))
			}
			return handled(t.Trace(mod, e.FalseResult, rest))
		}
		return handled(t.Union(mod, []hcl.Expression{e.TrueResult, e.FalseResult}, rest))
	case *hclsyntax.FunctionCallExpr:
		return t.function(mod, e, rest)
	case *hclsyntax.TupleConsExpr:
		return t.tuple(mod, expressions(e.Exprs), rest)
	case *hclsyntax.ObjectConsExpr:
		return t.object(mod, expr, rest)
	case hclsyntax.Expression:
	default:
		// JSON objects and arrays.
		if out, complete, ok := t.object(mod, expr, rest); ok {
			return out, complete, true
		}
		if list, diags := hcl.ExprList(expr); !diags.HasErrors() {
			return t.tuple(mod, list, rest)
		}
	}
	return nil, false, false
}

func handled[T any](out []T, complete bool) ([]T, bool, bool) { return out, complete, true }

// indexStep is the step an index expression applies: its key when known, else any element.
func (t *Tracer[T]) indexStep(mod *Module, key hcl.Expression) hcl.Traverser {
	if v := mod.Eval(key, nil); v.IsWhollyKnown() && !v.IsNull() {
		return hcl.TraverseIndex{Key: v}
	}
	return AnyIndex{}
}

// splat follows `list[*]` and `list[*].attr` as any element of the list.
func (t *Tracer[T]) splat(mod *Module, e *hclsyntax.SplatExpr, rest hcl.Traversal) ([]T, bool, bool) {
	steps := hcl.Traversal{AnyIndex{}}
	switch each := e.Each.(type) {
	case *hclsyntax.AnonSymbolExpr:
	case *hclsyntax.RelativeTraversalExpr:
		if _, ok := each.Source.(*hclsyntax.AnonSymbolExpr); !ok {
			return nil, false, true
		}
		steps = joinSteps(steps, each.Traversal...)
	default:
		return nil, false, true
	}
	return handled(t.Trace(mod, e.Source, joinSteps(steps, rest...)))
}

// tuple applies an index, or a step over a list of objects, to a tuple's elements.
func (t *Tracer[T]) tuple(mod *Module, elems []hcl.Expression, rest hcl.Traversal) ([]T, bool, bool) {
	if len(rest) == 0 {
		return nil, false, false
	}
	switch step := rest[0].(type) {
	case AnyIndex:
		return handled(t.Union(mod, elems, rest[1:]))
	case hcl.TraverseAttr:
		return handled(t.Union(mod, elems, rest))
	case hcl.TraverseIndex:
		if i, ok := IntValue(step.Key); ok && i >= 0 && i < int64(len(elems)) {
			return handled(t.Trace(mod, elems[i], rest[1:]))
		}
	}
	return nil, false, false
}

// object applies an attribute or key to an object constructor, native or
// JSON; ok is false when expr is no object or no such step comes next. An
// object without the key has no value there.
func (t *Tracer[T]) object(mod *Module, expr hcl.Expression, rest hcl.Traversal) (out []T, complete, ok bool) {
	if len(rest) == 0 {
		return nil, false, false
	}
	pairs, diags := hcl.ExprMap(expr)
	if diags.HasErrors() {
		return nil, false, false
	}
	if _, any := rest[0].(AnyIndex); any {
		values := make([]hcl.Expression, len(pairs))
		for i, p := range pairs {
			values[i] = p.Value
		}
		return handled(t.Union(mod, values, rest[1:]))
	}
	name, named := stepName(rest[0])
	if !named {
		return nil, false, false
	}
	for _, p := range pairs {
		if KeyName(p.Key) == name {
			return handled(t.Trace(mod, p.Value, rest[1:]))
		}
	}
	return nil, true, true
}

// function follows the functions whose result is one of their arguments,
// or an element of one.
func (t *Tracer[T]) function(mod *Module, call *hclsyntax.FunctionCallExpr, rest hcl.Traversal) ([]T, bool, bool) {
	args := expressions(call.Args)
	switch call.Name {
	case "try", "coalesce":
		return handled(t.Union(mod, args, rest))
	case "tostring":
		if len(args) == 1 {
			return handled(t.Trace(mod, args[0], rest))
		}
	case "one", "element":
		if len(args) >= 1 {
			return handled(t.Trace(mod, args[0], joinSteps(hcl.Traversal{AnyIndex{}}, rest...)))
		}
	case "concat", "compact", "flatten", "distinct", "tolist", "toset", "coalescelist":
		// The result is a collection of the arguments' elements: an index
		// into it is any element of any argument.
		if len(rest) == 0 {
			return nil, false, true
		}
		inner := rest
		if _, attr := rest[0].(hcl.TraverseAttr); !attr {
			inner = joinSteps(hcl.Traversal{AnyIndex{}}, rest[1:]...)
		}
		return handled(t.Union(mod, args, inner))
	case "join":
		if len(args) >= 2 && len(rest) == 0 {
			return handled(t.Union(mod, args[1:], hcl.Traversal{AnyIndex{}}))
		}
	case "lookup":
		if len(args) >= 2 {
			out, complete := t.Trace(mod, args[0], joinSteps(hcl.Traversal{t.indexStep(mod, args[1])}, rest...))
			if len(args) == 3 {
				more, ok := t.Trace(mod, args[2], rest)
				out, complete = append(out, more...), complete && ok
			}
			return out, complete, true
		}
	}
	return nil, false, false
}

func expressions(list []hclsyntax.Expression) []hcl.Expression {
	out := make([]hcl.Expression, len(list))
	for i, e := range list {
		out[i] = e
	}
	return out
}
