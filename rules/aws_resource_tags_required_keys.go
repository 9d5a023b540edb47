package rules

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// tagsKeySet is a set of tag keys; known is false when some keys cannot be
// known, in which case keys holds only those that are certain.
type tagsKeySet struct {
	keys  map[string]bool
	known bool
}

func tagsKnownEmpty() tagsKeySet { return tagsKeySet{keys: map[string]bool{}, known: true} }

// tagsOwnKeys reads a resource's own `tags` argument. Terraform drops map
// elements whose value is null, so a key set to null does not count.
func tagsOwnKeys(res *model.Resource, attr *hcl.Attribute) tagsKeySet {
	if attr == nil {
		return tagsKnownEmpty()
	}
	return tagsKeysOf(res.Module.Eval(attr.Expr, res))
}

// tagsPossibleKeys lists every key a tags expression whose value is unknown
// may have, read from its form: merge() of maps, conditionals (either branch),
// object constructors with known keys, locals, and known values. ok is false
// when some part may hold any key (a variable without a value, a function the
// model does not read).
func tagsPossibleKeys(res *model.Resource, expr hcl.Expression) (map[string]bool, bool) {
	tracer := &model.Tracer[string]{
		Descend: func(t *model.Tracer[string], _ *model.Module, expr hcl.Expression, _ hcl.Traversal) ([]string, bool, bool) {
			return tagsFormKeys(t, res, expr)
		},
	}
	found, ok := tracer.Trace(res.Module, expr, nil)
	if !ok {
		return nil, false
	}
	keys := map[string]bool{}
	for _, k := range found {
		keys[k] = true
	}
	return keys, true
}

// tagsFormKeys reads the keys of one part of a tags expression. handled is
// false for what the tracer reads itself: parentheses and a local's expression.
func tagsFormKeys(t *model.Tracer[string], res *model.Resource, expr hcl.Expression) (keys []string, ok, handled bool) {
	mod := res.Module
	if v := mod.Eval(expr, res); v.IsKnown() {
		set := tagsKeysOf(v)
		return model.SortedKeys(set.keys), set.known, true
	}
	switch x := expr.(type) {
	case *hclsyntax.ParenthesesExpr:
		return nil, false, false
	case *hclsyntax.ConditionalExpr:
		keys, ok = t.Union(mod, []hcl.Expression{x.TrueResult, x.FalseResult}, nil)
		return keys, ok, true
	case *hclsyntax.FunctionCallExpr:
		if x.Name == "merge" && !x.ExpandFinal {
			keys, ok = t.Union(mod, tagsExprs(x.Args), nil)
			return keys, ok, true
		}
	case *hclsyntax.ObjectConsExpr:
		for _, item := range x.Items {
			k := mod.Eval(item.KeyExpr, res)
			if !k.IsKnown() || k.IsNull() || k.Type() != cty.String {
				return nil, false, true
			}
			keys = append(keys, k.AsString())
		}
		return keys, true, true
	case *hclsyntax.ScopeTraversalExpr:
		if len(x.Traversal) == 2 && x.Traversal.RootName() == "local" {
			return nil, false, false
		}
	}
	return nil, false, true
}

// tagsKeysOf returns the keys of a tags value. Only the keys matter: an object
// whose attribute values are unknown still has known keys. An unknown value
// could be anything, including null, but the attribute name is there.
func tagsKeysOf(v cty.Value) tagsKeySet {
	if v == cty.NilVal || !v.IsKnown() {
		return tagsKeySet{keys: map[string]bool{}}
	}
	out := tagsKnownEmpty()
	if v.IsNull() {
		return out
	}
	ty := v.Type()
	switch {
	case ty.IsObjectType():
		for name := range ty.AttributeTypes() {
			if el := v.GetAttr(name); el.IsKnown() && el.IsNull() {
				continue
			}
			out.keys[name] = true
		}
	case ty.IsMapType():
		for it := v.ElementIterator(); it.Next(); {
			k, el := it.Element()
			if el.IsKnown() && el.IsNull() {
				continue
			}
			out.keys[k.AsString()] = true
		}
	default:
		// Not a map: an invalid configuration that Terraform rejects.
		out.known = false
	}
	return out
}

// tagsASGOwnKeys reads an Auto Scaling group's `tag` blocks, static and dynamic.
func tagsASGOwnKeys(res *model.Resource) tagsKeySet {
	out := tagsKnownEmpty()
	// A `tags` argument is the list-of-maps form that AWS provider v5 removed;
	// its provider version is unknown here.
	if res.Body.Has("tags") {
		out.known = false
		return out
	}
	for _, blk := range res.Body.AllBlocks("tag") {
		keyAttr := blk.Body.Attr("key")
		if keyAttr == nil {
			out.known = false
			continue
		}
		if !blk.Dynamic {
			if key, ok := res.Module.EvalString(keyAttr.Expr, res); ok {
				out.keys[key] = true
			} else {
				out.known = false
			}
			continue
		}
		keys, ok := tagsDynamicKeys(res, blk, keyAttr.Expr)
		if !ok {
			out.known = false
		}
		for _, k := range keys {
			out.keys[k] = true
		}
	}
	return out
}

// tagsDynamicKeys evaluates the `key` of a dynamic "tag" block for each element
// of its for_each. The key expression is evaluated only when it refers to
// nothing but the iterator (as in `key = tag.key`); anything else is unknown.
func tagsDynamicKeys(res *model.Resource, blk *model.Block, keyExpr hcl.Expression) ([]string, bool) {
	for _, tr := range keyExpr.Variables() {
		if tr.RootName() != blk.Iterator {
			return nil, false
		}
	}
	bindings, known := res.Module.DynamicBindings(blk, res)
	if !known {
		return nil, false
	}
	var keys []string
	for _, binding := range bindings {
		key := res.Module.EvalWith(keyExpr, res, binding)
		if !key.IsKnown() || key.IsNull() || key.Type() != cty.String {
			return nil, false
		}
		keys = append(keys, key.AsString())
	}
	return keys, true
}

// tagsKeyCarrier is the variable whose map gives a tags expression its keys,
// when there is one: the expression itself, an argument of merge(), a branch
// of a conditional (`merge(var.tags, { Name = var.name })` gives var.tags).
// A finding in a called module is shown at the caller's argument that sets
// it; a variable that only gives a value (var.name) is no such place.
func tagsKeyCarrier(expr hcl.Expression) hcl.Expression {
	switch x := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		if x.Traversal.RootName() == "var" {
			return x
		}
	case *hclsyntax.ParenthesesExpr:
		return tagsKeyCarrier(x.Expression)
	case *hclsyntax.ConditionalExpr:
		return tagsFirstKeyCarrier(x.TrueResult, x.FalseResult)
	case *hclsyntax.FunctionCallExpr:
		if x.Name == "merge" {
			return tagsFirstKeyCarrier(x.Args...)
		}
	}
	return nil
}

func tagsFirstKeyCarrier(exprs ...hclsyntax.Expression) hcl.Expression {
	for _, e := range exprs {
		if carrier := tagsKeyCarrier(e); carrier != nil {
			return carrier
		}
	}
	return nil
}
