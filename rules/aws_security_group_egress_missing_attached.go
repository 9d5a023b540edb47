package rules

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// attachedGroups is what one attaching argument gives its resource, as far
// as the configuration tells.
type attachedGroups struct {
	// surely are the managed groups that every value of the argument holds.
	surely []*model.Resource
	// unresolved is set when the argument may hold a group the plugin cannot
	// see the rules of: a variable or an argument without a known value, an
	// unreadable module's output, a looked-up group, another resource's
	// attribute, a literal ID.
	unresolved bool
}

// attachedGroupsOf follows an attaching argument's value (every element of
// the list) to the groups it holds.
func attachedGroupsOf(c securityGroupAttachment) attachedGroups {
	tr := &attachmentTrace{attachment: c}
	tr.surely = tr.tracer(tr.pickOne)
	tr.maybe = tr.tracer(nil)
	found, complete := tr.surely.Trace(c.resource.Module, c.expr, hcl.Traversal{model.AnyIndex{}})
	out := attachedGroups{unresolved: !complete}
	for _, f := range found {
		if f.sure {
			out.surely = append(out.surely, f.group)
		}
	}
	return out
}

// attachmentTrace follows one attaching argument with two tracers that share
// their ends. surely walks what hands on every element (tuples, concat,
// locals, module arguments and outputs, conditions that can be evaluated);
// below what picks one of several values, maybe takes over: the groups it
// finds are attached to some instances, or in some runs, only.
type attachmentTrace struct {
	attachment    securityGroupAttachment
	surely, maybe *model.Tracer[attachedGroup]
}

type attachedGroup struct {
	group *model.Resource
	sure  bool
}

func (a *attachmentTrace) tracer(pick func(*model.Module, hcl.Expression, hcl.Traversal) ([]attachedGroup, bool, bool)) *model.Tracer[attachedGroup] {
	return &model.Tracer[attachedGroup]{
		Descend: func(t *model.Tracer[attachedGroup], mod *model.Module, expr hcl.Expression, rest hcl.Traversal) ([]attachedGroup, bool, bool) {
			if out, complete, handled := a.iterator(mod, expr, rest); handled {
				return out, complete, true
			}
			if pick != nil {
				return pick(mod, expr, rest)
			}
			return nil, false, false
		},
		Resource: a.resource,
		Variable: a.variable,
		Call: func(*model.Tracer[attachedGroup], *model.ModuleCall, hcl.Traversal) ([]attachedGroup, bool) {
			return nil, false
		},
		Value:           a.value,
		SkipAbsentCalls: true,
	}
}

// pickOne hands to the maybe tracer the expressions that pick one of
// several values: a condition that cannot be evaluated, try, coalesce,
// coalescelist, one, element, lookup, and an index that cannot be known.
func (a *attachmentTrace) pickOne(mod *model.Module, expr hcl.Expression, rest hcl.Traversal) ([]attachedGroup, bool, bool) {
	picks := false
	switch e := expr.(type) {
	case *hclsyntax.ConditionalExpr:
		_, known := mod.EvalBool(e.Condition, nil)
		picks = !known
	case *hclsyntax.FunctionCallExpr:
		switch e.Name {
		case "try", "coalesce", "coalescelist", "one", "element", "lookup":
			picks = true
		}
	case *hclsyntax.IndexExpr:
		picks = !mod.Eval(e.Key, nil).IsWhollyKnown()
	}
	if !picks {
		return nil, false, false
	}
	out, complete := a.maybe.Trace(mod, expr, rest)
	return out, complete, true
}

// iterator follows a dynamic block's iterator to the block's for_each: each
// generated block gets one element.
func (a *attachmentTrace) iterator(mod *model.Module, expr hcl.Expression, rest hcl.Traversal) ([]attachedGroup, bool, bool) {
	blk := a.attachment.block
	st, ok := expr.(*hclsyntax.ScopeTraversalExpr)
	if !ok || !blk.Dynamic || blk.ForEach == nil || mod != a.attachment.resource.Module || st.Traversal.RootName() != blk.Iterator {
		return nil, false, false
	}
	out, complete := a.maybe.Trace(mod, blk.ForEach, elementSteps(st.Traversal, rest))
	return out, complete, true
}

// resource ends at a managed group, which the rule can judge; anything else
// (a data source, another resource's attribute) holds groups whose rules the
// plugin cannot see.
func (a *attachmentTrace) resource(t *model.Tracer[attachedGroup], res *model.Resource, _ hcl.Traversal) ([]attachedGroup, bool) {
	if res.Data || res.Type != "aws_security_group" {
		return nil, false
	}
	return []attachedGroup{{group: res, sure: t == a.surely}}, true
}

// variable ends at a variable set from outside: a value known to hold no
// element (the default [] with no tfvars) attaches nothing; any other value
// may hold groups the plugin cannot see.
func (a *attachmentTrace) variable(_ *model.Tracer[attachedGroup], mod *model.Module, tr hcl.Traversal) ([]attachedGroup, bool) {
	whole := tr
	for i, step := range tr {
		if _, any := step.(model.AnyIndex); any {
			whole = tr[:i]
			break
		}
	}
	return nil, holdsNothing(mod.Eval(&hclsyntax.ScopeTraversalExpr{Traversal: whole, SrcRange: whole.SourceRange()}, nil))
}

// value ends at an expression the walker does not follow. each.* stands for
// an element of a for_each; null and empty lists attach nothing; an
// expression that refers to managed groups only (a for expression over
// them) may attach them; anything else (a literal ID, a function of other
// values) holds groups the plugin cannot see.
func (a *attachmentTrace) value(_ *model.Tracer[attachedGroup], mod *model.Module, expr hcl.Expression, rest hcl.Traversal) ([]attachedGroup, bool) {
	if st, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok && st.Traversal.RootName() == "each" {
		fe := a.forEachOf(mod, st.SrcRange)
		if fe == nil {
			return nil, false
		}
		return a.maybe.Trace(mod, fe, elementSteps(st.Traversal, rest))
	}
	if holdsNothing(mod.Eval(expr, nil)) {
		return nil, true
	}
	refs, complete := mod.References(expr)
	if !complete || len(refs) == 0 {
		return nil, false
	}
	var out []attachedGroup
	for _, ref := range refs {
		if ref.Resource.Data || ref.Resource.Type != "aws_security_group" {
			return nil, false
		}
		out = append(out, attachedGroup{group: ref.Resource})
	}
	return out, true
}

// forEachOf is the for_each that each.* at rng stands for: that of the
// module call of mod whose argument holds it, else that of the attaching
// resource.
func (a *attachmentTrace) forEachOf(mod *model.Module, rng hcl.Range) hcl.Expression {
	for _, call := range mod.Calls {
		for _, arg := range call.Body.Attributes() {
			if rangeHolds(arg.Expr.Range(), rng) {
				return forEachExpr(call.Body)
			}
		}
	}
	if res := a.attachment.resource; mod == res.Module {
		return forEachExpr(res.Body)
	}
	return nil
}

func forEachExpr(body *model.Body) hcl.Expression {
	if fe := body.Attr("for_each"); fe != nil {
		return fe.Expr
	}
	return nil
}

func rangeHolds(outer, inner hcl.Range) bool {
	return outer.Filename == inner.Filename && outer.Start.Byte <= inner.Start.Byte && inner.End.Byte <= outer.End.Byte
}

// elementSteps are the steps that apply to a for_each for `each.value.x`
// or `iterator.value.x`: any element, then what follows `.value`.
func elementSteps(tr hcl.Traversal, rest hcl.Traversal) hcl.Traversal {
	steps := hcl.Traversal{model.AnyIndex{}}
	if len(tr) > 2 {
		steps = append(steps, tr[2:]...)
	}
	return append(steps, rest...)
}

// holdsNothing reports whether a value is known to hold no group: null or
// an empty collection.
func holdsNothing(v cty.Value) bool {
	if !v.IsKnown() {
		return false
	}
	return v.IsNull() || (v.CanIterateElements() && v.LengthInt() == 0)
}
