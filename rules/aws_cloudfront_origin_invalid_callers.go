package rules

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// runCallerReferences judges a distribution of a called module, from the
// root, for origins whose domain_name its caller sets to a reference (the
// terraform-aws-modules/cloudfront `origin` map): TFLint's own check of the
// module call sees only values, and a Route 53 zone's name or an internal
// load balancer's DNS name is not known before apply. Findings go to the
// caller's expression when it lies in the root module, else to the module
// block that leads to the distribution.
func (c *cfOriginCheck) runCallerReferences() error {
	for _, origin := range c.dist.Body.AllBlocks("origin") {
		domain := origin.Body.Attr("domain_name")
		if domain == nil {
			continue
		}
		if !origin.Dynamic || !model.RefersTo(domain.Expr, origin.Iterator) {
			mod, expr, ok := cfOriginTrace(c.mod, domain.Expr, nil, 0)
			if !ok {
				continue
			}
			if err := c.checkCallerReference(origin, nil, mod, expr); err != nil {
				return err
			}
			continue
		}
		elements, ok := c.elements(origin)
		if !ok {
			continue
		}
		steps, ok := cfOriginIteratorSteps(domain.Expr, origin.Iterator)
		if !ok {
			continue
		}
		for _, e := range elements {
			mod, expr, ok := cfOriginTrace(c.mod, origin.ForEach, append([]cty.Value{e.key}, steps...), 0)
			if !ok {
				continue
			}
			if err := c.checkCallerReference(origin, e, mod, expr); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *cfOriginCheck) checkCallerReference(origin *model.Block, elem *cfOriginElement, mod *model.Module, expr hcl.Expression) error {
	ref, whole, ok := cfOriginValueRef(mod, expr, 0)
	if !ok || ref.Resource.Absent() {
		return nil
	}
	problem := c.refProblem(ref, whole, c.usesVPCOrigin(origin, elem))
	if problem == "" {
		return nil
	}
	at := c.dist.ReportRange()
	if mod == c.cfg.Module {
		at = expr.Range()
	}
	return c.runner.EmitIssue(c.rule, c.dist.Address()+" origin"+elem.label()+" domain_name "+problem, at)
}

// cfOriginIteratorSteps reads `<iterator>.value.<attr>...` into the steps
// after the element: the attribute names, or false for any other form.
func cfOriginIteratorSteps(expr hcl.Expression, iterator string) ([]cty.Value, bool) {
	tr, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() || tr.RootName() != iterator || len(tr) < 2 {
		return nil, false
	}
	if a, ok := tr[1].(hcl.TraverseAttr); !ok || a.Name != "value" {
		return nil, false
	}
	return cfOriginTraversalSteps(tr[2:])
}

// cfOriginTrace follows an expression, and the keys or attribute names still
// to apply to its value, to the expression that writes that value: through
// object and tuple constructors, locals, and the arguments of the call that
// loaded the module. A reference to a resource takes the remaining steps as
// its attributes. ok is false for anything else.
func cfOriginTrace(mod *model.Module, expr hcl.Expression, steps []cty.Value, depth int) (*model.Module, hcl.Expression, bool) {
	if depth > cfOriginMaxRefDepth || expr == nil {
		return nil, nil, false
	}
	e, native := expr.(hclsyntax.Expression)
	if !native {
		return nil, nil, false
	}
	if wrap, ok := e.(*hclsyntax.TemplateWrapExpr); ok {
		e = wrap.Wrapped
	}
	if x, ok := e.(*hclsyntax.ScopeTraversalExpr); ok {
		return cfOriginTraceTraversal(mod, x, steps, depth)
	}
	if len(steps) == 0 {
		return mod, e, true
	}
	switch x := e.(type) {
	case *hclsyntax.ObjectConsExpr:
		for _, item := range x.Items {
			key, diags := item.KeyExpr.Value(nil)
			if diags.HasErrors() || !key.IsKnown() || key.IsNull() {
				return nil, nil, false
			}
			if cfOriginSameKey(key, steps[0]) {
				return cfOriginTrace(mod, item.ValueExpr, steps[1:], depth+1)
			}
		}
	case *hclsyntax.TupleConsExpr:
		if i, ok := model.IntValue(steps[0]); ok && i >= 0 && i < int64(len(x.Exprs)) {
			return cfOriginTrace(mod, x.Exprs[i], steps[1:], depth+1)
		}
	}
	return nil, nil, false
}

// cfOriginTraceTraversal follows a reference: a variable to its caller's
// argument, a local to its expression. Anything else is where the value is
// written, when no step is left to apply to it.
func cfOriginTraceTraversal(mod *model.Module, x *hclsyntax.ScopeTraversalExpr, steps []cty.Value, depth int) (*model.Module, hcl.Expression, bool) {
	tr := x.Traversal
	stop := func() (*model.Module, hcl.Expression, bool) {
		return mod, x, len(steps) == 0
	}
	if len(tr) < 2 {
		return stop()
	}
	name, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return stop()
	}
	rest, ok := cfOriginTraversalSteps(tr[2:])
	if !ok {
		return stop()
	}
	switch tr.RootName() {
	case "var":
		if mod.Call == nil || mod.Call.Body.Attr(name.Name) == nil {
			return stop()
		}
		return cfOriginTrace(mod.Call.Parent, mod.Call.Body.Attr(name.Name).Expr, append(rest, steps...), depth+1)
	case "local":
		if mod.Locals[name.Name] == nil {
			return stop()
		}
		return cfOriginTrace(mod, mod.Locals[name.Name].Expr, append(rest, steps...), depth+1)
	case "count", "each", "self", "path", "terraform", "module", "data":
		return stop()
	}
	if len(steps) == 0 {
		return mod, x, true
	}
	// A resource: the steps name its attribute (and instance).
	full := append(hcl.Traversal{}, tr...)
	for _, step := range steps {
		if step.Type() == cty.String {
			full = append(full, hcl.TraverseAttr{Name: step.AsString(), SrcRange: x.SrcRange})
		} else {
			full = append(full, hcl.TraverseIndex{Key: step, SrcRange: x.SrcRange})
		}
	}
	return mod, &hclsyntax.ScopeTraversalExpr{Traversal: full, SrcRange: x.SrcRange}, true
}

// cfOriginTraversalSteps reads attribute and index steps as keys.
func cfOriginTraversalSteps(tr hcl.Traversal) ([]cty.Value, bool) {
	var steps []cty.Value
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseAttr:
			steps = append(steps, cty.StringVal(s.Name))
		case hcl.TraverseIndex:
			steps = append(steps, s.Key)
		default:
			return nil, false
		}
	}
	return steps, true
}

// cfOriginSameKey compares an object key with a step, as strings: a map's
// keys and an object's attribute names are strings.
func cfOriginSameKey(key, step cty.Value) bool {
	k, err1 := cfOriginKeyString(key)
	s, err2 := cfOriginKeyString(step)
	return err1 && err2 && k == s
}

func cfOriginKeyString(v cty.Value) (string, bool) {
	if !v.IsKnown() || v.IsNull() {
		return "", false
	}
	switch v.Type() {
	case cty.String:
		return v.AsString(), true
	case cty.Number:
		return v.AsBigFloat().Text('f', -1), true
	}
	return "", false
}
