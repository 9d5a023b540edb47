package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// variablesOf returns expr.Variables(): the traversals an evaluation must
// bind. For native expressions made only of the common node types
// (traversals, calls, objects, tuples, templates, conditionals, operators)
// it walks them directly, child by child in hclsyntax's order, without the
// generic walker's callbacks and scope tracking (a quarter of the tags
// rule's CPU at 10k); any other node (for, splat, JSON) is left to
// Variables, which knows its scopes.
func variablesOf(expr hcl.Expression) []hcl.Traversal {
	var out []hcl.Traversal
	if !appendVariables(&out, expr) {
		return expr.Variables()
	}
	return out
}

// appendVariables appends the traversals of expr, as hclsyntax.Variables
// finds them, and reports false for a node it does not walk.
func appendVariables(out *[]hcl.Traversal, expr hcl.Expression) bool {
	all := func(exprs ...hclsyntax.Expression) bool {
		for _, e := range exprs {
			if !appendVariables(out, e) {
				return false
			}
		}
		return true
	}
	switch e := expr.(type) {
	case *hclsyntax.LiteralValueExpr:
		return true
	case *hclsyntax.ScopeTraversalExpr:
		*out = append(*out, e.Traversal)
		return true
	case *hclsyntax.RelativeTraversalExpr:
		return appendVariables(out, e.Source)
	case *hclsyntax.FunctionCallExpr:
		return all(e.Args...)
	case *hclsyntax.ConditionalExpr:
		return all(e.Condition, e.TrueResult, e.FalseResult)
	case *hclsyntax.BinaryOpExpr:
		return all(e.LHS, e.RHS)
	case *hclsyntax.UnaryOpExpr:
		return appendVariables(out, e.Val)
	case *hclsyntax.ParenthesesExpr:
		return appendVariables(out, e.Expression)
	case *hclsyntax.IndexExpr:
		return all(e.Collection, e.Key)
	case *hclsyntax.TupleConsExpr:
		return all(e.Exprs...)
	case *hclsyntax.ObjectConsExpr:
		for _, item := range e.Items {
			if !all(item.KeyExpr, item.ValueExpr) {
				return false
			}
		}
		return true
	case *hclsyntax.ObjectConsKeyExpr:
		// A bare name is the key itself, not a reference.
		if hcl.ExprAsKeyword(e.Wrapped) != "" {
			return true
		}
		return appendVariables(out, e.Wrapped)
	case *hclsyntax.TemplateExpr:
		return all(e.Parts...)
	case *hclsyntax.TemplateWrapExpr:
		return appendVariables(out, e.Wrapped)
	case *hclsyntax.TemplateJoinExpr:
		return appendVariables(out, e.Tuple)
	}
	return false
}
