package cloudfrontorigin

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// runCallerReferences judges a distribution of a called module, from the
// root, for origins whose domain_name its caller sets to a reference (the
// terraform-aws-modules/cloudfront `origin` map): TFLint's own check of the
// module call sees only values, and a Route 53 zone's name or an internal
// load balancer's DNS name is not known before apply. Findings go to the
// caller's expression when it lies in the root module, else to the module
// block that leads to the distribution.
func (c *distributionCheck) runCallerReferences() error {
	for _, origin := range c.dist.Body.AllBlocks("origin") {
		domain := origin.Body.Attr("domain_name")
		if domain == nil {
			continue
		}
		if !origin.Dynamic || !model.RefersTo(domain.Expr, origin.Iterator) {
			mod, expr, ok := trace(c.mod, domain.Expr, nil)
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
		steps, ok := iteratorSteps(domain.Expr, origin.Iterator)
		if !ok {
			continue
		}
		for _, e := range elements {
			mod, expr, ok := trace(c.mod, origin.ForEach, append(hcl.Traversal{keyStep(e.key)}, steps...))
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

// checkCallerReference reports an origin whose domain_name the caller writes
// as expr in mod, when it refers to a resource attribute CloudFront rejects or
// cannot reach.
func (c *distributionCheck) checkCallerReference(origin *model.Block, elem *element, mod *model.Module, expr hcl.Expression) error {
	ref, whole, ok := valueRef(mod, expr)
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

// iteratorSteps reads `<iterator>.value.<attr>...` into the steps
// after the element, or false for any other form.
func iteratorSteps(expr hcl.Expression, iterator string) (hcl.Traversal, bool) {
	tr, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() || tr.RootName() != iterator || len(tr) < 2 {
		return nil, false
	}
	if a, ok := tr[1].(hcl.TraverseAttr); !ok || a.Name != "value" {
		return nil, false
	}
	return tr[2:], true
}
