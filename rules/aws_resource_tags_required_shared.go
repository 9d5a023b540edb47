package rules

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// tagsSource is a local of the module under check that a provider's
// default_tags take keys from (`tags = local.default_tags`,
// `merge(local.common_tags, {...})`).
type tagsSource struct {
	name string
	attr *hcl.Attribute
}

// gapFindings are the provider configurations' findings. Configurations
// whose default_tags lack the same keys (with the same near misses) and take
// them from one local are one cause: one finding at that local, where one edit
// fixes them all. Provider blocks of one module that have no default_tags at
// all are one cause too (the module does not use default_tags): one finding at
// the first. A configuration that shares neither keeps its own.
func (c *tagsCheck) gapFindings() []report.Finding {
	sources := make([][]tagsSource, len(c.gapOrder))
	for i, gap := range c.gapOrder {
		sources[i] = c.defaultTagsSources(gap.provider)
	}
	grouped := make([]bool, len(c.gapOrder))
	sameGap := func(i, j int) bool { return c.sameGap(c.gapOrder[i], c.gapOrder[j]) }
	var out []report.Finding
	for i, gap := range c.gapOrder {
		if grouped[i] {
			continue
		}
		if src, members := tagsSharedSource(i, sources, grouped, sameGap); len(members) >= 2 {
			var gaps []*tagsProviderGap
			for _, m := range members {
				grouped[m] = true
				gaps = append(gaps, c.gapOrder[m])
			}
			out = append(out, c.sharedFinding(src, gaps))
			continue
		}
		if members := c.withoutDefaultTags(i, grouped); len(members) >= 2 {
			var gaps []*tagsProviderGap
			for _, m := range members {
				grouped[m] = true
				gaps = append(gaps, c.gapOrder[m])
			}
			out = append(out, c.withoutDefaultTagsFinding(gaps))
			continue
		}
		out = append(out, c.gapFinding(gap))
	}
	return out
}

// tagsSharedSource picks, among the locals item i takes its keys from, the
// one that most items not yet grouped and the same as i (i first) share; on
// a tie the one named first. sources lists each item's locals.
func tagsSharedSource(i int, sources [][]tagsSource, grouped []bool, same func(i, j int) bool) (tagsSource, []int) {
	var best tagsSource
	var bestMembers []int
	for _, src := range sources[i] {
		var members []int
		for j := range sources {
			if !grouped[j] && (j == i || same(i, j)) && tagsHasSource(sources[j], src) {
				members = append(members, j)
			}
		}
		if len(members) > len(bestMembers) {
			best, bestMembers = src, members
		}
	}
	return best, bestMembers
}

// sameGap reports whether two configurations lack the same keys and carry
// the same near misses of them, so that one message says it for both.
func (c *tagsCheck) sameGap(a, b *tagsProviderGap) bool {
	return strings.Join(a.missing, "\x00") == strings.Join(b.missing, "\x00") &&
		c.gapHint(a) == c.gapHint(b)
}

func (c *tagsCheck) gapHint(gap *tagsProviderGap) string {
	return tagsNearMissHint("default_tags have", c.required, gap.missing, gap.defaults)
}

func tagsHasSource(list []tagsSource, src tagsSource) bool {
	for _, s := range list {
		if s.attr == src.attr {
			return true
		}
	}
	return false
}

// defaultTagsSources lists the locals of the module under check that a
// provider's default_tags take keys from, outermost first.
func (c *tagsCheck) defaultTagsSources(p *model.Provider) []tagsSource {
	dt := tagsDefaultTagsBlock(p)
	if dt == nil {
		return nil
	}
	attr := dt.Body.Attr("tags")
	if attr == nil {
		return nil
	}
	return c.keySources(p.Module, attr.Expr)
}

// keySources lists the locals of the module under check that an expression
// of mod takes tag keys from, outermost first: the tracer follows it through
// locals, variables set by a caller, conditionals, merge() and concat() (a
// list of tag blocks' maps).
func (c *tagsCheck) keySources(mod *model.Module, expr hcl.Expression) []tagsSource {
	tracer := &model.Tracer[tagsSource]{
		Descend: func(t *model.Tracer[tagsSource], mod *model.Module, expr hcl.Expression, rest hcl.Traversal) ([]tagsSource, bool, bool) {
			switch x := expr.(type) {
			case *hclsyntax.ScopeTraversalExpr:
				if x.Traversal.RootName() != "local" || len(x.Traversal) < 2 {
					return nil, false, false
				}
				found, complete := t.Reference(mod, x.Traversal, rest)
				step, named := x.Traversal[1].(hcl.TraverseAttr)
				if !named || mod != c.cfg.Module || mod.Locals[step.Name] == nil {
					return found, complete, true
				}
				return append([]tagsSource{{name: "local." + step.Name, attr: mod.Locals[step.Name]}}, found...), complete, true
			case *hclsyntax.FunctionCallExpr:
				// merge() and concat() give their result every argument's keys.
				if (x.Name == "merge" || x.Name == "concat") && !x.ExpandFinal {
					found, complete := t.Union(mod, tagsExprs(x.Args), rest)
					return found, complete, true
				}
			}
			return nil, false, false
		},
	}
	found, _ := tracer.Trace(mod, expr, nil)
	var out []tagsSource
	for _, s := range found {
		if !tagsHasSource(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func tagsExprs(list []hclsyntax.Expression) []hcl.Expression {
	out := make([]hcl.Expression, len(list))
	for i, e := range list {
		out[i] = e
	}
	return out
}

// sharedFinding is the one finding of configurations whose default_tags take
// their keys from one local: at the local's definition, naming the
// configurations and the resources they cover.
func (c *tagsCheck) sharedFinding(src tagsSource, members []*tagsProviderGap) report.Finding {
	g := tagsGroupOf(members)
	msg := fmt.Sprintf("%s, the default_tags of provider configurations %s, lacks the required %s, so %s %s %s too: %s Add %s to %s, or set %s in each resource's tags.",
		src.name, tagsNamedList(g.providers), g.what, g.who, g.lack, g.them, g.why, g.them, src.name, g.them)
	return report.Finding{Subject: src.name, Range: src.attr.Range, Message: msg + c.gapHint(members[0])}
}
