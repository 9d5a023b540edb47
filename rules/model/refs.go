package model

import (
	"github.com/hashicorp/hcl/v2"
)

// maxRefDepth bounds how many locals, variables and outputs a reference is followed through.
const maxRefDepth = 32

// RefersTo reports whether an expression refers to one of the root names
// (`each`, `count`, a dynamic block's iterator).
func RefersTo(expr hcl.Expression, roots ...string) bool {
	for _, tr := range expr.Variables() {
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
	if expr == nil {
		return nil, true
	}
	complete = true
	m.references(expr, 0, func(r Ref) { refs = append(refs, r) }, &complete)
	return refs, complete
}

func (m *Module) references(expr hcl.Expression, depth int, emit func(Ref), complete *bool) {
	if depth > maxRefDepth {
		*complete = false
		return
	}
	for _, tr := range expr.Variables() {
		m.traversalRefs(tr, depth, emit, complete)
	}
}

func (m *Module) traversalRefs(tr hcl.Traversal, depth int, emit func(Ref), complete *bool) {
	name := func(i int) string {
		if i < len(tr) {
			if a, ok := tr[i].(hcl.TraverseAttr); ok {
				return a.Name
			}
		}
		return ""
	}
	// follow resolves an inner expression; a reference to a whole object takes
	// its attribute from the rest of this traversal.
	follow := func(mod *Module, inner hcl.Expression, rest int) {
		mod.references(inner, depth+1, func(r Ref) {
			if r.Attr == "" {
				r.Attr = attrAfter(tr, rest)
			}
			emit(r)
		}, complete)
	}
	switch root := tr.RootName(); root {
	case "count", "each", "path", "terraform", "self":
	case "var":
		if m.Call == nil {
			*complete = false
			return
		}
		if arg := m.Call.Body.Attr(name(1)); arg != nil {
			follow(m.Call.Parent, arg.Expr, 2)
			return
		}
		if v := m.Variables[name(1)]; v == nil || v.Default == nil {
			*complete = false
		}
	case "local":
		if attr := m.Locals[name(1)]; attr != nil {
			follow(m, attr.Expr, 2)
			return
		}
		*complete = false
	case "module":
		for _, call := range m.Calls {
			if call.Name != name(1) {
				continue
			}
			if call.Module == nil {
				break
			}
			output := attrAfter(tr, 2)
			if output == "" {
				// The whole module object: every output may be used.
				for _, o := range call.Module.Outputs {
					if o.Expr != nil {
						call.Module.references(o.Expr, depth+1, emit, complete)
					}
				}
				return
			}
			for _, o := range call.Module.Outputs {
				if o.Name == output && o.Expr != nil {
					follow(call.Module, o.Expr, outputRest(tr))
					return
				}
			}
		}
		*complete = false
	case "data":
		if r := m.DataSource(name(1), name(2)); r != nil {
			emit(Ref{Resource: r, Attr: attrAfter(tr, 3)})
			return
		}
		*complete = false
	default:
		if r := m.Resource(root, name(1)); r != nil {
			emit(Ref{Resource: r, Attr: attrAfter(tr, 2)})
			return
		}
		*complete = false
	}
}

// attrAfter is the first attribute name at or after position i, skipping instance indexes.
func attrAfter(tr hcl.Traversal, i int) string {
	for ; i < len(tr); i++ {
		switch s := tr[i].(type) {
		case hcl.TraverseAttr:
			return s.Name
		case hcl.TraverseIndex:
			continue
		default:
			return ""
		}
	}
	return ""
}

// outputRest is the position after `module.<name>[index].<output>`.
func outputRest(tr hcl.Traversal) int {
	for i := 2; i < len(tr); i++ {
		if _, ok := tr[i].(hcl.TraverseAttr); ok {
			return i + 1
		}
	}
	return len(tr)
}
