package cloudfrontorigin

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// checkTargets reports cache behaviors whose target_origin_id names no origin
// or origin group, when every id of the distribution is known.
func (c *distributionCheck) checkTargets() {
	ids, complete := c.originIDs()
	if !complete {
		return
	}
	for _, kind := range []string{"default_cache_behavior", "ordered_cache_behavior"} {
		for _, behavior := range c.dist.Body.AllBlocks(kind) {
			target := behavior.Body.Attr("target_origin_id")
			if target == nil {
				continue
			}
			if !behavior.Dynamic {
				c.checkTarget(kind, behavior, target, nil, ids)
				continue
			}
			elements, ok := c.elements(behavior)
			if !ok {
				continue
			}
			if !model.RefersTo(target.Expr, behavior.Iterator) && len(elements) > 0 {
				elements = elements[:1]
			}
			for _, e := range elements {
				c.checkTarget(kind, behavior, target, e, ids)
			}
		}
	}
}

// checkTarget reports a cache behavior (one element of a dynamic one, or elem
// nil) whose target_origin_id is not among ids.
func (c *distributionCheck) checkTarget(kind string, behavior *model.Block, target *hcl.Attribute, elem *element, ids map[string]bool) {
	id, ok := c.evalString(target.Expr, elem)
	if !ok || ids[id] {
		return
	}
	what := c.dist.Address() + " " + kind + elem.label()
	if kind == "ordered_cache_behavior" {
		if p := behavior.Body.Attr("path_pattern"); p != nil {
			if pattern, ok := c.evalString(p.Expr, elem); ok {
				what += fmt.Sprintf(" (path_pattern %s)", quote(pattern))
			}
		}
	}
	msg := fmt.Sprintf("%s target_origin_id %s names no origin or origin group of the distribution (%s): CloudFront rejects the distribution. Set it to the origin_id of one of its origins or origin groups.",
		what, quote(id), idList(ids))
	c.report(msg, target.Expr, behavior, elem)
}

// originIDs returns the ids of the distribution's origins and origin groups;
// complete is false when some id cannot be known.
func (c *distributionCheck) originIDs() (ids map[string]bool, complete bool) {
	ids = map[string]bool{}
	for _, kind := range []string{"origin", "origin_group"} {
		for _, b := range c.dist.Body.AllBlocks(kind) {
			attr := b.Body.Attr("origin_id")
			if attr == nil {
				return nil, false
			}
			elements := []*element{nil}
			if b.Dynamic {
				var ok bool
				if elements, ok = c.elements(b); !ok {
					return nil, false
				}
			}
			for _, e := range elements {
				id, ok := c.evalString(attr.Expr, e)
				if !ok {
					return nil, false
				}
				ids[id] = true
			}
		}
	}
	return ids, true
}

// idList names the ids for a message, the first few in order.
func idList(ids map[string]bool) string {
	if len(ids) == 0 {
		return "it has none"
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	sort.Strings(list)
	const shown = 8
	quoted := make([]string, 0, shown)
	for i, id := range list {
		if i == shown {
			quoted = append(quoted, fmt.Sprintf("and %d more", len(list)-shown))
			break
		}
		quoted = append(quoted, quote(id))
	}
	return "its ids are " + strings.Join(quoted, ", ")
}
