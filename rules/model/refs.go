package model

import (
	"github.com/hashicorp/hcl/v2"
)

// RefersTo reports whether an expression refers to one of the root names
// (`each`, `count`, a dynamic block's iterator).
func RefersTo(expr hcl.Expression, roots ...string) bool {
	for _, tr := range variablesOf(expr) {
		for _, root := range roots {
			if tr.RootName() == root {
				return true
			}
		}
	}
	return false
}

// Ref is a reference to a managed resource or a data source.
type Ref struct {
	Resource *Resource
	// Attr is the first attribute named after the resource address (after
	// any instance index), or "" when the whole object is referenced.
	Attr string
}

// References returns the resources an expression refers to, following locals,
// the arguments of the call that loaded the module, and the outputs of
// readable called modules. complete is false when some part leads where the
// model cannot see: a variable of the module under check, an unreadable
// module's output, or a missing resource.
func (m *Module) References(expr hcl.Expression) (refs []Ref, complete bool) {
	return ReferenceTracer().Trace(m, expr, nil)
}

// ReferenceTracer returns a tracer of every reference in an expression, as
// References reports them; a rule may wrap one of its ends (say, to note the
// unreadable module calls reached) and still get every Ref.
func ReferenceTracer() *Tracer[Ref] {
	return &Tracer[Ref]{
		Descend: EveryReference[Ref],
		Resource: func(_ *Tracer[Ref], res *Resource, rest hcl.Traversal) ([]Ref, bool) {
			attr, _ := FirstAttr(rest)
			return []Ref{{Resource: res, Attr: attr}}, true
		},
		Call: func(t *Tracer[Ref], call *ModuleCall, rest hcl.Traversal) ([]Ref, bool) {
			if call.Module == nil {
				return nil, false
			}
			// The whole module object: every output may be used.
			var refs []Ref
			complete := true
			for _, o := range call.Module.Outputs {
				if o.Expr != nil {
					found, ok := t.Follow(call.Module, o.Expr, rest)
					refs, complete = append(refs, found...), complete && ok
				}
			}
			return refs, complete
		},
		// count, each, path, terraform and self refer to no resource.
		Value: func(*Tracer[Ref], *Module, hcl.Expression, hcl.Traversal) ([]Ref, bool) { return nil, true },
	}
}
