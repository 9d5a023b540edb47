package cloudfrontorigin

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// Two ways of following a value back through the configuration with the
// model's tracer: valueRef finds the resource attribute a value begins with;
// trace finds the expression that writes a value, through object and tuple
// constructors too (the elements of a dynamic block's for_each, such as the
// origin maps callers pass to a module).

// valueRef finds the resource attribute an expression's value begins
// with, following locals, the arguments of the call that loaded the module and
// the outputs of readable called modules. whole is true when the value is that
// attribute and nothing else: the bare reference, or a template that only wraps it.
func valueRef(mod *model.Module, expr hcl.Expression) (ref model.Ref, whole, ok bool) {
	tracer := &model.Tracer[attrRef]{Descend: valueStart, Resource: resourceAttr}
	found, complete := tracer.Trace(mod, expr, nil)
	if !complete || len(found) != 1 {
		return ref, false, false
	}
	return found[0].ref, found[0].whole, true
}

// attrRef is a resource attribute a value begins with.
type attrRef struct {
	ref   model.Ref
	whole bool
}

// valueStart reads only where a value starts; the tracer follows
// references, parentheses and template wraps.
func valueStart(t *model.Tracer[attrRef], mod *model.Module, expr hcl.Expression, rest hcl.Traversal) ([]attrRef, bool, bool) {
	var found []attrRef
	var complete bool
	switch x := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr, *hclsyntax.ParenthesesExpr, *hclsyntax.TemplateWrapExpr:
		return nil, false, false
	case *hclsyntax.TemplateExpr:
		if len(x.Parts) == 0 {
			return nil, false, true
		}
		found, complete = t.Trace(mod, x.Parts[0], rest)
		for i := range found {
			found[i].whole = found[i].whole && len(x.Parts) == 1
		}
	case *hclsyntax.IndexExpr:
		// An element of the collection: `tolist(zone.name_servers)[var.i]`.
		found, complete = t.Trace(mod, x.Collection, rest)
	case *hclsyntax.RelativeTraversalExpr:
		// `tolist(zone.name_servers)[0]`: only indexes, no attribute.
		for _, step := range x.Traversal {
			if _, isIndex := step.(hcl.TraverseIndex); !isIndex {
				return nil, false, true
			}
		}
		found, complete = t.Trace(mod, x.Source, rest)
	case *hclsyntax.FunctionCallExpr:
		// Functions that pass an element or the value itself through.
		if !passThroughFunctions[x.Name] || len(x.Args) == 0 || x.ExpandFinal {
			return nil, false, true
		}
		found, complete = t.Trace(mod, x.Args[0], rest)
	}
	return found, complete, true
}

// resourceAttr is the attribute a resource reference names; only instance
// indexes may follow it.
func resourceAttr(_ *model.Tracer[attrRef], res *model.Resource, rest hcl.Traversal) ([]attrRef, bool) {
	attr, after := model.FirstAttr(rest)
	if attr == "" {
		return nil, false
	}
	for _, step := range after {
		if _, isIndex := step.(hcl.TraverseIndex); !isIndex {
			return nil, false
		}
	}
	return []attrRef{{ref: model.Ref{Resource: res, Attr: attr}, whole: true}}, true
}

// passThroughFunctions are functions whose result is their first argument or
// one of its elements.
var passThroughFunctions = map[string]bool{"element": true, "one": true, "tolist": true, "toset": true, "tostring": true}

// keyStep is the step an element's key selects: a map key names an
// attribute, as a caller writes `origin.<key>.domain_name`.
func keyStep(key cty.Value) hcl.Traverser {
	if key.Type() == cty.String && key.IsKnown() && !key.IsNull() {
		return hcl.TraverseAttr{Name: key.AsString()}
	}
	return hcl.TraverseIndex{Key: key}
}

// trace follows an expression, and the keys or attribute names still to
// apply to its value, to the expression that writes that value: through
// object and tuple constructors, locals, and the arguments of the call that
// loaded the module. A reference to a resource takes the remaining steps as
// its attributes. ok is false for anything else.
func trace(mod *model.Module, expr hcl.Expression, steps hcl.Traversal) (site, bool) {
	tracer := &model.Tracer[site]{Descend: writes}
	sites, complete := tracer.Trace(mod, expr, steps)
	if !complete || len(sites) != 1 {
		return site{}, false
	}
	return sites[0], true
}

// site is where a value is written.
type site struct {
	mod  *model.Module
	expr hcl.Expression
}

// writes stops where a value is written; the tracer follows locals,
// variables and template wraps, and applies the steps to object and tuple
// constructors.
func writes(_ *model.Tracer[site], mod *model.Module, expr hcl.Expression, rest hcl.Traversal) ([]site, bool, bool) {
	switch x := expr.(type) {
	case *hclsyntax.TemplateWrapExpr:
		return nil, false, false
	case *hclsyntax.ScopeTraversalExpr:
		switch x.Traversal.RootName() {
		case "local", "var":
			return nil, false, false
		case "count", "each", "self", "path", "terraform", "module", "data":
		default:
			if len(rest) > 0 {
				// A resource: the steps name its attribute (and instance).
				full := append(x.Traversal[:len(x.Traversal):len(x.Traversal)], rest...)
				return []site{{mod, &hclsyntax.ScopeTraversalExpr{Traversal: full, SrcRange: x.SrcRange}}}, true, true
			}
		}
	case *hclsyntax.ObjectConsExpr:
		if len(rest) > 0 {
			return nil, false, false
		}
	case *hclsyntax.TupleConsExpr:
		if len(rest) > 0 {
			_, index := rest[0].(hcl.TraverseIndex)
			return nil, false, !index
		}
	}
	if _, native := expr.(hclsyntax.Expression); !native || len(rest) > 0 {
		return nil, false, true
	}
	return []site{{mod, expr}}, true, true
}
