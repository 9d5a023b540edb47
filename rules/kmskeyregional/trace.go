package kmskeyregional

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// This file is the rule's use of the model's tracer: it follows a value to
// the KMS keys it can name, handing references to keys, aliases and data
// sources to keys.go and values it reads itself to valueKeys.

// tracer follows a key attribute to the keys it may name.
func tracer() *model.Tracer[key] {
	return &model.Tracer[key]{
		SkipAbsentCalls: true,
		Resource:        referencedKeys,
		Variable: func(_ *model.Tracer[key], mod *model.Module, tr hcl.Traversal) ([]key, bool) {
			if mod.Call == nil {
				return evalTraversal(mod, tr)
			}
			return nil, false
		},
		Value: func(_ *model.Tracer[key], mod *model.Module, expr hcl.Expression, rest hcl.Traversal) ([]key, bool) {
			if x, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok {
				return evalTraversal(mod, append(x.Traversal[:len(x.Traversal):len(x.Traversal)], rest...))
			}
			return valueKeys(mod.Eval(expr, nil), rest)
		},
	}
}

// referencedKeys is what a reference to a resource or a data source names.
func referencedKeys(t *model.Tracer[key], res *model.Resource, rest hcl.Traversal) ([]key, bool) {
	if res.Absent() {
		return nil, true
	}
	attr, _ := model.FirstAttr(rest)
	if res.Data {
		return dataSourceKeys(res, attr, instanceKey(rest))
	}
	return resourceKeys(t, res, attr, instanceKey(rest))
}

func pathSteps(path []string) hcl.Traversal {
	steps := make(hcl.Traversal, len(path))
	for i, name := range path {
		steps[i] = hcl.TraverseAttr{Name: name}
	}
	return steps
}

// evalTraversal evaluates a reference the model can evaluate
// (variables of the module under check, count, each), up to the first
// unknown index, and applies the rest to the value.
func evalTraversal(mod *model.Module, tr hcl.Traversal) ([]key, bool) {
	cut := len(tr)
	for i, step := range tr {
		if _, any := step.(model.AnyIndex); any {
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
		case model.AnyIndex:
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
