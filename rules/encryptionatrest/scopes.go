package encryptionatrest

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// scope is one way a site's expressions are evaluated: an instance of the
// resource (count, each) and the current element of every dynamic block on
// the way to the site.
type scope struct {
	// key is the instance key ("[0]"), "" for a resource without instances.
	key  string
	vars map[string]cty.Value
}

// instanceScopes are a resource's known instances; one scope where count
// or for_each cannot be expanded, so that what does not depend on them is
// still judged (what does stays unknown).
func instanceScopes(res *model.Resource) []scope {
	instances := res.Instances()
	if len(instances) == 0 {
		return []scope{{}}
	}
	out := make([]scope, len(instances))
	for i, inst := range instances {
		out[i] = scope{key: inst.Key, vars: inst.Vars}
	}
	return out
}

// dynamicScopes binds a dynamic block's iterator in each scope: one scope per
// known element, none for a known empty collection, and an unknown iterator
// when the collection cannot be known.
func dynamicScopes(res *model.Resource, scopes []scope, blk *model.Block) []scope {
	var out []scope
	for _, sc := range scopes {
		collection := eval(res, blk.ForEach, sc)
		if !collection.IsKnown() {
			out = append(out, sc.with(blk.Iterator, cty.DynamicVal))
			continue
		}
		for _, el := range model.Elements(collection, true) {
			out = append(out, sc.with(blk.Iterator, cty.ObjectVal(map[string]cty.Value{"key": el.Key, "value": el.Value})))
		}
	}
	return out
}

func (sc scope) with(name string, v cty.Value) scope {
	vars := make(map[string]cty.Value, len(sc.vars)+1)
	for k, x := range sc.vars {
		vars[k] = x
	}
	vars[name] = v
	return scope{key: sc.key, vars: vars}
}

// eval evaluates an expression of the resource in a scope.
func eval(res *model.Resource, expr hcl.Expression, sc scope) cty.Value {
	if expr == nil {
		return cty.DynamicVal
	}
	return res.Module.EvalWith(expr, res, sc.vars)
}
