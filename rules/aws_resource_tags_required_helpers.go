package rules

import (
	"slices"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// tagsHelper describes a resource type that adds one tag to another resource:
// the argument naming the target, the attributes of the target that such a
// reference uses, and whether a literal can name a target of this
// configuration (an Auto Scaling group's name is chosen by the user; an EC2
// id or an ARN of a resource created here cannot be written down).
type tagsHelper struct {
	target      string
	targetAttrs []string
	byName      bool
}

var tagsHelpers = map[string]tagsHelper{
	"aws_autoscaling_group_tag": {target: "autoscaling_group_name", targetAttrs: []string{"name", "id"}, byName: true},
	"aws_ec2_tag":               {target: "resource_id", targetAttrs: []string{"id"}},
	"aws_ecs_tag":               {target: "resource_arn", targetAttrs: []string{"arn", "id"}},
	"aws_dynamodb_tag":          {target: "resource_arn", targetAttrs: []string{"arn"}},
}

// tagsHelperKeys holds the tag keys that tagging helpers add to the resources
// they target.
type tagsHelperKeys struct {
	keys    map[*model.Resource]map[string]bool
	unknown map[*model.Resource]bool
	// anyASG is set when an aws_autoscaling_group_tag's target cannot be told
	// (a literal name, a variable, a data source): it may tag any group.
	anyASG bool
}

func tagsCollectHelpers(resources []*model.Resource) tagsHelperKeys {
	out := tagsHelperKeys{keys: map[*model.Resource]map[string]bool{}, unknown: map[*model.Resource]bool{}}
	for _, h := range resources {
		helper, ok := tagsHelpers[h.Type]
		if !ok || h.Data {
			continue
		}
		targetAttr := h.Body.Attr(helper.target)
		if targetAttr == nil {
			continue
		}
		refs, complete := h.Module.References(targetAttr.Expr)
		if helper.byName && !complete {
			out.anyASG = true
		}
		key, keyKnown := tagsHelperKey(h)
		for _, ref := range refs {
			if ref.Resource.Data {
				if helper.byName {
					out.anyASG = true
				}
				continue
			}
			if ref.Attr != "" && !slices.Contains(helper.targetAttrs, ref.Attr) {
				continue
			}
			if !keyKnown {
				out.unknown[ref.Resource] = true
				continue
			}
			if out.keys[ref.Resource] == nil {
				out.keys[ref.Resource] = map[string]bool{}
			}
			out.keys[ref.Resource][key] = true
		}
		if helper.byName && len(refs) == 0 {
			out.anyASG = true
		}
	}
	return out
}

func tagsHelperKey(h *model.Resource) (string, bool) {
	if h.Type != "aws_autoscaling_group_tag" {
		if a := h.Body.Attr("key"); a != nil {
			return h.Module.EvalString(a.Expr, h)
		}
		return "", false
	}
	for _, blk := range h.Body.Blocks("tag") {
		if a := blk.Body.Attr("key"); a != nil {
			return h.Module.EvalString(a.Expr, h)
		}
	}
	return "", false
}

func (e tagsHelperKeys) add(res *model.Resource, own tagsKeySet) tagsKeySet {
	if e.unknown[res] || e.anyASG && res.Type == tagsASGType {
		own.known = false
	}
	for k := range e.keys[res] {
		own.keys[k] = true
	}
	return own
}
