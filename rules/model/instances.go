package model

import (
	"fmt"
	"math/big"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// MaxInstances bounds how many instances of a resource or of a dynamic block
// are evaluated one by one.
const MaxInstances = 256

// Instance is one instance of a resource with count or for_each: its address
// key (`[0]`, `["ssh"]`) and the names it binds (count or each).
type Instance struct {
	Key  string
	Vars map[string]cty.Value
}

// Instances expands a resource's known count or for_each. It returns nil when
// the resource has neither, or when they are unknown or too large to expand.
func (r *Resource) Instances() []Instance {
	if a := r.Body.Attr("count"); a != nil {
		n, ok := IntValue(r.Module.Eval(a.Expr, r))
		if !ok || n < 0 || n > MaxInstances {
			return nil
		}
		if n == 0 {
			return nil
		}
		out := make([]Instance, n)
		for i := range out {
			out[i] = Instance{Key: fmt.Sprintf("[%d]", i),
				Vars: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(int64(i))})}}
		}
		return out
	}
	if a := r.Body.Attr("for_each"); a != nil {
		var out []Instance
		for _, el := range Elements(r.Module.Eval(a.Expr, r), false) {
			out = append(out, Instance{Key: InstanceKey(el.Key),
				Vars: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": el.Key, "value": el.Value})}})
		}
		return out
	}
	return nil
}

// Element is one element of a for_each collection.
type Element struct{ Key, Value cty.Value }

// Elements lists the elements of a known for_each value with the keys
// Terraform gives them: a set's elements are their own keys, a resource's
// for_each takes no list, a dynamic block's list is keyed by index. It
// returns nil when the value is unknown, empty or too large.
func Elements(v cty.Value, dynamic bool) []Element {
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() || v.LengthInt() > MaxInstances {
		return nil
	}
	ty := v.Type()
	if !dynamic && (ty.IsListType() || ty.IsTupleType()) {
		return nil
	}
	var out []Element
	for it := v.ElementIterator(); it.Next(); {
		k, e := it.Element()
		if ty.IsSetType() {
			k = e
		}
		out = append(out, Element{Key: k, Value: e})
	}
	return out
}

// InstanceKey writes an instance key as Terraform does in addresses
// (`["ssh"]`, `[0]`), or "" when the key is not a known string or integer.
func InstanceKey(k cty.Value) string {
	if !k.IsKnown() || k.IsNull() {
		return ""
	}
	switch k.Type() {
	case cty.String:
		return fmt.Sprintf("[%q]", k.AsString())
	case cty.Number:
		if i, ok := IntValue(k); ok {
			return fmt.Sprintf("[%d]", i)
		}
	}
	return ""
}

// IntValue converts a known number (or numeric string) to an exact integer.
func IntValue(v cty.Value) (int64, bool) {
	if v == cty.NilVal || !v.IsKnown() || v.IsNull() {
		return 0, false
	}
	n, err := convert.Convert(v, cty.Number)
	if err != nil || !n.IsKnown() || n.IsNull() {
		return 0, false
	}
	i, acc := n.AsBigFloat().Int64()
	if acc != big.Exact {
		return 0, false
	}
	return i, true
}

// Absent reports whether count or for_each is known to create no instance.
// It is evaluated on first use: the values it needs may cost a host call each.
func (r *Resource) Absent() bool {
	return absence.of(&r.Module.config.memo, r, func() bool { return r.Module.createsNothing(r.Body) })
}

var absence = &analysis[bool]{name: "absent"}

// SurelyExists reports whether the resource certainly has an instance: its
// count or for_each, and those of the module calls leading to it, are known
// and create at least one.
func (r *Resource) SurelyExists() bool {
	return sureExistence.of(&r.Module.config.memo, r, func() bool {
		if !r.Module.createsSome(r.Body) {
			return false
		}
		for m := r.Module; m.Call != nil; m = m.Call.Parent {
			if !m.Call.Parent.createsSome(m.Call.Body) {
				return false
			}
		}
		return true
	})
}

var sureExistence = &analysis[bool]{name: "surely exists"}

// createsSome reports whether count or for_each is known to create at least one instance.
func (m *Module) createsSome(body *Body) bool {
	if c := body.Attr("count"); c != nil {
		v := m.Eval(c.Expr, nil)
		return v.IsKnown() && !v.IsNull() && v.Type() == cty.Number && v.GreaterThan(cty.Zero).True()
	}
	if fe := body.Attr("for_each"); fe != nil {
		v := m.Eval(fe.Expr, nil)
		return v.IsKnown() && !v.IsNull() && v.CanIterateElements() && v.LengthInt() > 0
	}
	return true
}

// createsNothing reports whether count or for_each is known to create no instance.
func (m *Module) createsNothing(body *Body) bool {
	if c := body.Attr("count"); c != nil {
		v := m.Eval(c.Expr, nil)
		if v.IsKnown() && !v.IsNull() && v.Type() == cty.Number {
			return v.Equals(cty.Zero).True()
		}
		return false
	}
	if fe := body.Attr("for_each"); fe != nil {
		v := m.Eval(fe.Expr, nil)
		if v.IsKnown() && !v.IsNull() && (v.Type().IsCollectionType() || v.Type().IsObjectType() || v.Type().IsTupleType()) {
			return v.LengthInt() == 0
		}
	}
	return false
}

// DynamicBindings returns, for each element of a dynamic block's for_each,
// the value of its iterator (`<iterator>.key`, `<iterator>.value`), to
// evaluate the block's content with EvalWith; known is false when the
// for_each cannot be known or is too large.
func (m *Module) DynamicBindings(blk *Block, res *Resource) (bindings []map[string]cty.Value, known bool) {
	if blk.ForEach == nil {
		return nil, false
	}
	v := m.Eval(blk.ForEach, res)
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() || v.LengthInt() > MaxInstances {
		return nil, false
	}
	for _, el := range Elements(v, true) {
		bindings = append(bindings, map[string]cty.Value{
			blk.Iterator: cty.ObjectVal(map[string]cty.Value{"key": el.Key, "value": el.Value}),
		})
	}
	return bindings, true
}
