package rules

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// tagsOwn is a resource whose own tags (or Auto Scaling group tag blocks)
// lack required keys, with its finding.
type tagsOwn struct {
	res     *model.Resource
	finding report.Finding
	missing []string
	// hint names the near misses, as the finding's message ends.
	hint string
}

// ownFindings are the findings of resources whose own tags lack keys.
// Resources whose tags take their keys from one local of the module under
// check and lack the same keys share one cause (twelve Auto Scaling group
// modules each passed `asg_tags = local.asg_tags`): one finding at the local,
// where one edit fixes them all. The others keep their own.
//
// A finding whose missing keys and hint no other finding has shares no
// local with any, so its tags are not traced; each finding's cause is
// joined once, not again for every pair compared.
func (c *tagsCheck) ownFindings() []report.Finding {
	type cause struct{ missing, hint string }
	causes := make([]cause, len(c.own))
	count := map[cause]int{}
	for i, o := range c.own {
		causes[i] = cause{strings.Join(o.missing, "\x00"), o.hint}
		count[causes[i]]++
	}
	sources := make([][]tagsSource, len(c.own))
	for i, o := range c.own {
		if count[causes[i]] < 2 {
			continue
		}
		for _, expr := range tagsKeyExprs(o.res) {
			sources[i] = append(sources[i], c.keySources(o.res.Module, expr)...)
		}
	}
	same := func(i, j int) bool { return causes[i] == causes[j] }
	grouped := make([]bool, len(c.own))
	var out []report.Finding
	for i, o := range c.own {
		if grouped[i] {
			continue
		}
		src, members := tagsSharedSource(i, sources, grouped, same)
		if len(members) < 2 {
			out = append(out, o.finding)
			continue
		}
		var addresses []string
		for _, m := range members {
			grouped[m] = true
			addresses = append(addresses, c.own[m].res.Address())
		}
		what, them := tagsWhat(o.missing)
		msg := fmt.Sprintf("%s, which the tags of %s take their keys from, lacks the required %s, so %d resources lack %s: without %s they cannot be attributed in cost allocation reports or matched by tag-based access and automation policies. Add %s to %s, or set %s in each resource's tags.",
			src.name, tagsNamedList(addresses), what, len(addresses), them, them, them, src.name, them)
		out = append(out, report.Finding{Subject: src.name, Range: src.attr.Range, Message: msg + o.hint})
	}
	return out
}

// tagsKeyExprs are the expressions a resource's own tag keys come from: its
// tags, or an Auto Scaling group's dynamic tag blocks' for_each.
func tagsKeyExprs(res *model.Resource) []hcl.Expression {
	if res.Type != tagsASGType {
		if attr := res.Body.Attr("tags"); attr != nil {
			return []hcl.Expression{attr.Expr}
		}
		return nil
	}
	var out []hcl.Expression
	for _, blk := range res.Body.AllBlocks("tag") {
		if blk.Dynamic && blk.ForEach != nil {
			out = append(out, blk.ForEach)
		}
	}
	return out
}
