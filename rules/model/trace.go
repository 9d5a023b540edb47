package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// maxRefDepth bounds how many named expressions one trace follows: locals,
// variables (the caller's argument or the default), module outputs, and what
// an end follows on with Follow. A deeper chain, or a cycle Terraform
// rejects, leaves the trace incomplete.
const maxRefDepth = 32

// Tracer follows an expression to the values it can take: through locals,
// the arguments of the call that loaded a module and variable defaults, the
// outputs of readable called modules, and the expressions that pass a value
// on (conditionals, tuples and objects, indexes and splats, try, coalesce,
// one, element, lookup, ...), carrying the steps still to apply to the value
// (`rest`: attributes, instance keys and indexes, AnyIndex). A rule supplies
// what the value is where the walk ends, as a list of findings of its own
// type T and whether that list is complete. An end left nil makes the trace
// incomplete there; so does a reference to something the model does not
// have (a missing local, output, resource or module call).
//
// A Tracer keeps its depth while it walks: ends and Descend continue a walk
// with Trace, Follow and Union of the tracer they are handed. Use one per
// check, from one goroutine.
type Tracer[T any] struct {
	// Resource ends a reference to a managed resource or a data source of
	// the model (also one known to create no instance). rest is what follows
	// its address: instance keys, then the attribute (FirstAttr) and the
	// steps after it.
	Resource func(t *Tracer[T], res *Resource, rest hcl.Traversal) ([]T, bool)
	// Variable ends a reference to a variable whose value cannot be
	// followed: one of the module under check (mod.Call is nil; its value
	// comes from the host), or one of a called module that its caller does
	// not set and that has no default. tr is the whole reference, `var` and
	// the name first, with the steps still to apply.
	Variable func(t *Tracer[T], mod *Module, tr hcl.Traversal) ([]T, bool)
	// Call ends a reference to a module call whose output cannot be
	// followed: a module the model cannot read (call.Module is nil), or the
	// whole module object (rest, what follows `module.<name>`, names no
	// output; every output may be used).
	Call func(t *Tracer[T], call *ModuleCall, rest hcl.Traversal) ([]T, bool)
	// Value ends an expression that does not pass a value on from elsewhere:
	// a literal, an operator, a function the walker does not read, a
	// template with several parts, or a reference the model evaluates itself
	// (count, each, path, terraform, self; expr is then that reference as
	// written). rest is still to apply to its value.
	Value func(t *Tracer[T], mod *Module, expr hcl.Expression, rest hcl.Traversal) ([]T, bool)
	// Descend, when set, sees every expression first (a JSON string as its
	// template) and may handle it itself; handled false leaves it to the
	// walker. A rule that reads expressions its own way sets it; so do the
	// rules that want every reference, with EveryReference.
	Descend func(t *Tracer[T], mod *Module, expr hcl.Expression, rest hcl.Traversal) (out []T, complete, handled bool)
	// SkipAbsentCalls makes a reference to a module call known to create no
	// instance (count = 0) have no value: no findings, complete.
	SkipAbsentCalls bool

	depth     int
	exhausted bool
}

// Trace follows an expression of mod, with the steps still to apply to its value.
func (t *Tracer[T]) Trace(mod *Module, expr hcl.Expression, rest hcl.Traversal) ([]T, bool) {
	if expr == nil {
		return nil, true
	}
	expr = Native(expr)
	if t.Descend != nil {
		if out, complete, handled := t.Descend(t, mod, expr, rest); handled {
			return out, complete
		}
	}
	if out, complete, handled := t.compose(mod, expr, rest); handled {
		return out, complete
	}
	return t.value(mod, expr, rest)
}

// Follow traces an expression that a name leads to, one step deeper: past
// the depth limit the trace is incomplete.
func (t *Tracer[T]) Follow(mod *Module, expr hcl.Expression, rest hcl.Traversal) ([]T, bool) {
	if t.depth >= maxRefDepth {
		t.exhausted = true
		return nil, false
	}
	t.depth++
	defer func() { t.depth-- }()
	return t.Trace(mod, expr, rest)
}

// Union traces each expression with the same steps: any of them may be the value.
func (t *Tracer[T]) Union(mod *Module, exprs []hcl.Expression, rest hcl.Traversal) ([]T, bool) {
	var out []T
	complete := true
	for _, e := range exprs {
		found, ok := t.Trace(mod, e, rest)
		out = append(out, found...)
		complete = complete && ok
	}
	return out, complete
}

// Exhausted reports whether some trace of this tracer went past the depth limit.
func (t *Tracer[T]) Exhausted() bool { return t.exhausted }

// Reference follows a reference of mod (a traversal as written), with the
// steps still to apply after it.
func (t *Tracer[T]) Reference(mod *Module, tr, rest hcl.Traversal) ([]T, bool) {
	full := joinSteps(tr, rest...)
	switch root := tr.RootName(); root {
	case "var":
		return t.variable(mod, full)
	case "local":
		if attr := mod.Locals[nameAt(full, 1)]; attr != nil {
			return t.Follow(mod, attr.Expr, stepsFrom(full, 2))
		}
		return nil, false
	case "module":
		return t.output(mod, full)
	case "count", "each", "path", "terraform", "self":
		return t.value(mod, &hclsyntax.ScopeTraversalExpr{Traversal: tr, SrcRange: tr.SourceRange()}, rest)
	case "data":
		if r := mod.DataSource(nameAt(full, 1), nameAt(full, 2)); r != nil {
			return t.resource(r, stepsFrom(full, 3))
		}
		return nil, false
	default:
		if r := mod.Resource(root, nameAt(full, 1)); r != nil {
			return t.resource(r, stepsFrom(full, 2))
		}
		return nil, false
	}
}

// stepsFrom is the traversal from position i on; a traversal too short to
// name what it refers to (a bare `n` where a resource has an empty name) has
// none.
func stepsFrom(tr hcl.Traversal, i int) hcl.Traversal {
	if i > len(tr) {
		return nil
	}
	return tr[i:]
}

// variable follows `var.<name>` to the caller's argument, else the default.
func (t *Tracer[T]) variable(mod *Module, tr hcl.Traversal) ([]T, bool) {
	name := nameAt(tr, 1)
	if mod.Call != nil {
		if arg := mod.Call.Body.Attr(name); arg != nil {
			return t.Follow(mod.Call.Parent, arg.Expr, stepsFrom(tr, 2))
		}
		if v := mod.Variables[name]; v != nil && v.Default != nil {
			return t.Follow(mod, v.Default, stepsFrom(tr, 2))
		}
	}
	if t.Variable == nil {
		return nil, false
	}
	return t.Variable(t, mod, tr)
}

// output follows `module.<name>[key].<output>` into a readable module.
func (t *Tracer[T]) output(mod *Module, tr hcl.Traversal) ([]T, bool) {
	name := nameAt(tr, 1)
	for _, call := range mod.Calls {
		if call.Name != name {
			continue
		}
		if call.Absent && t.SkipAbsentCalls {
			return nil, true
		}
		output, after := FirstAttr(stepsFrom(tr, 2))
		if call.Module == nil || output == "" {
			if t.Call == nil {
				return nil, false
			}
			return t.Call(t, call, stepsFrom(tr, 2))
		}
		for _, o := range call.Module.Outputs {
			if o.Name == output && o.Expr != nil {
				return t.Follow(call.Module, o.Expr, after)
			}
		}
		return nil, false
	}
	return nil, false
}

func (t *Tracer[T]) resource(r *Resource, rest hcl.Traversal) ([]T, bool) {
	if t.Resource == nil {
		return nil, false
	}
	return t.Resource(t, r, rest)
}

func (t *Tracer[T]) value(mod *Module, expr hcl.Expression, rest hcl.Traversal) ([]T, bool) {
	if t.Value == nil {
		return nil, false
	}
	return t.Value(t, mod, expr, rest)
}

// EveryReference is a Descend for rules that ask what an expression refers
// to rather than which value it takes: it follows every reference in the
// expression (in conditions, function arguments and for expressions alike),
// each with the steps still to apply.
func EveryReference[T any](t *Tracer[T], mod *Module, expr hcl.Expression, rest hcl.Traversal) ([]T, bool, bool) {
	var out []T
	complete := true
	for _, tr := range variablesOf(expr) {
		found, ok := t.Reference(mod, tr, rest)
		out = append(out, found...)
		complete = complete && ok
	}
	return out, complete, true
}
