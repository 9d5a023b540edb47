package cloudfrontorigin

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// maxElements bounds the for_each elements of a dynamic block that are judged one by one.
const maxElements = 1024

// element is one element of a dynamic block's for_each; the block's
// iterator refers to it inside the content.
type element struct {
	iterator   string
	key, value cty.Value
}

// elements lists the for_each elements of a top-level dynamic block, when known.
func (c *distributionCheck) elements(b *model.Block) ([]*element, bool) {
	if b.ForEach == nil {
		return nil, false
	}
	v := c.mod.Eval(b.ForEach, c.dist)
	n, ok := forEachLength(v)
	if !ok || n > maxElements {
		return nil, false
	}
	out := make([]*element, 0, n)
	for it := v.ElementIterator(); it.Next(); {
		key, value := it.Element()
		out = append(out, &element{iterator: b.Iterator, key: key, value: value})
	}
	return out, true
}

// forEachLength is the number of elements of a known collection a for_each can iterate.
func forEachLength(v cty.Value) (int, bool) {
	if !v.IsKnown() || v.IsNull() {
		return 0, false
	}
	t := v.Type()
	if !t.IsListType() && !t.IsSetType() && !t.IsMapType() && !t.IsObjectType() && !t.IsTupleType() {
		return 0, false
	}
	if t.IsSetType() && !v.IsWhollyKnown() {
		return 0, false
	}
	return v.LengthInt(), true
}

// label names an element in messages (`["key"]` or `[0]`); "" outside a
// dynamic block or when the key is not known.
func (e *element) label() string {
	if e == nil || !e.key.IsKnown() || e.key.IsNull() {
		return ""
	}
	switch e.key.Type() {
	case cty.String:
		return "[" + quote(e.key.AsString()) + "]"
	case cty.Number:
		return "[" + e.key.AsBigFloat().Text('f', -1) + "]"
	}
	return ""
}

func (c *distributionCheck) evalString(expr hcl.Expression, elem *element) (string, bool) {
	v := c.eval(expr, elem)
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// eval evaluates an expression of the distribution; inside a dynamic block's
// content, the iterator is bound to one element of its for_each.
func (c *distributionCheck) eval(expr hcl.Expression, elem *element) cty.Value {
	if elem == nil || expr == nil || !model.RefersTo(expr, elem.iterator) {
		return c.mod.Eval(expr, c.dist)
	}
	iterator := cty.ObjectVal(map[string]cty.Value{"key": elem.key, "value": elem.value})
	return c.mod.EvalWith(expr, c.dist, map[string]cty.Value{elem.iterator: iterator})
}
