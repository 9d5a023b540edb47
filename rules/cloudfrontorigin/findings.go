package cloudfrontorigin

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// Where a value of the distribution is written, and where a finding about it
// is shown.

// report records a finding about a value of the distribution, expr, for one
// element of a dynamic block (or elem nil). A distribution of the module under
// check shows it at expr. One of a called module shows it where the root
// module writes the value, such as the caller's entry in a
// terraform-aws-modules/cloudfront `origin` map; else the reporter shows it
// at the caller's argument the value comes from (a value from a dynamic
// block's iterator comes from the block's for_each), or at the module block.
func (c *distributionCheck) report(msg string, expr hcl.Expression, block *model.Block, elem *element) {
	f := report.Finding{Subject: c.dist.Address(), Message: msg, Module: c.mod, Range: expr.Range(), Expr: expr}
	if c.mod.Call != nil {
		if s, ok := c.written(expr, block, elem); ok && s.mod.Call == nil {
			f.Module, f.Range, f.Expr = nil, s.expr.Range(), nil
		} else if fromIterator(expr, elem) && block.ForEach != nil {
			f.Range, f.Expr = block.ForEach.Range(), block.ForEach
		}
	}
	c.findings.Report(f)
}

// written is where the value of expr, for one element of a dynamic block (or
// elem nil), is written: a value from the iterator is followed through the
// block's for_each to the element's entry.
func (c *distributionCheck) written(expr hcl.Expression, block *model.Block, elem *element) (site, bool) {
	if !fromIterator(expr, elem) {
		return trace(c.mod, expr, nil)
	}
	steps, ok := iteratorSteps(expr, elem.iterator)
	if !ok || block.ForEach == nil {
		return site{}, false
	}
	return trace(c.mod, block.ForEach, append(hcl.Traversal{keyStep(elem.key)}, steps...))
}

// fromIterator reports whether expr takes its value from the element.
func fromIterator(expr hcl.Expression, elem *element) bool {
	return elem != nil && model.RefersTo(expr, elem.iterator)
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
