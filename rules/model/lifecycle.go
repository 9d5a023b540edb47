package model

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// IgnoresChanges reports whether the resource's lifecycle.ignore_changes
// hands an argument to something outside Terraform: `all`, or the argument
// named in the list (also in the string forms of JSON and old
// configurations). What cannot be read counts as ignoring.
func (r *Resource) IgnoresChanges(arg string) bool {
	for _, lc := range r.Body.Blocks("lifecycle") {
		if a := lc.Body.Attr("ignore_changes"); a != nil && ignoresChanges(a.Expr, arg) {
			return true
		}
	}
	return false
}

func ignoresChanges(expr hcl.Expression, arg string) bool {
	if hcl.ExprAsKeyword(expr) == "all" {
		return true
	}
	items, diags := hcl.ExprList(expr)
	if diags.HasErrors() {
		return true
	}
	for _, item := range items {
		if tr, diags := hcl.AbsTraversalForExpr(item); !diags.HasErrors() {
			if tr.RootName() == arg {
				return true
			}
			continue
		}
		v, diags := item.Value(nil)
		if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
			return true
		}
		name := v.AsString()
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name = name[:i]
		}
		if name == arg {
			return true
		}
	}
	return false
}
