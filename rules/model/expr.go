package model

// Readers of expressions that need no evaluation. They sit apart from refs.go
// (references between blocks), which is being rewritten on its own; whether
// they join it is left to that rewrite.

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// TraversalName is the dotted name of an expression that is a plain
// reference (`var.region`, `aws.west`), or "".
func TraversalName(expr hcl.Expression) string {
	tr, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() {
		return ""
	}
	parts := make([]string, 0, len(tr))
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			parts = append(parts, s.Name)
		case hcl.TraverseAttr:
			parts = append(parts, s.Name)
		default:
			return ""
		}
	}
	return strings.Join(parts, ".")
}
