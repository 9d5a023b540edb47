package rules

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// AwsResourceTagsRequiredRule requires every taggable AWS resource to carry a
// configured set of tag keys, from its own tags or its provider's default_tags.
type AwsResourceTagsRequiredRule struct {
	tflint.DefaultRule
}

// NewAwsResourceTagsRequiredRule returns the rule.
func NewAwsResourceTagsRequiredRule() *AwsResourceTagsRequiredRule {
	return &AwsResourceTagsRequiredRule{}
}

func (r *AwsResourceTagsRequiredRule) Name() string              { return "aws_resource_tags_required" }
func (r *AwsResourceTagsRequiredRule) Enabled() bool             { return true }
func (r *AwsResourceTagsRequiredRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *AwsResourceTagsRequiredRule) Link() string              { return project.ReferenceLink(r.Name()) }

// tagsRequiredConfig is the rule block. Tags is decoded as a raw value so that
// a non-string element is reported instead of being converted to a string.
type tagsRequiredConfig struct {
	Tags cty.Value `hclext:"tags,optional"`
}

var tagsRequiredDefault = []string{"Environment", "Owner"}

const tagsASGType = "aws_autoscaling_group"

// tagsNotOwnTags are types whose schema has a `tags` attribute that does not tag
// the resource itself: aws_inspector_resource_group's tags select the EC2
// instances to assess (and it has no tags_all, so default_tags never apply).
var tagsNotOwnTags = map[string]bool{
	"aws_inspector_resource_group": true,
}

// tagsKeySet is a set of tag keys; known is false when some keys cannot be
// known, in which case keys holds only those that are certain.
type tagsKeySet struct {
	keys  map[string]bool
	known bool
}

func tagsKnownEmpty() tagsKeySet { return tagsKeySet{keys: map[string]bool{}, known: true} }

func (r *AwsResourceTagsRequiredRule) Check(runner tflint.Runner) error {
	required, err := r.requiredTags(runner)
	if err != nil || len(required) == 0 {
		return err
	}
	cfg := model.For(runner)
	// A child runner cannot see the default_tags of the root's providers; the
	// root runner judges the resources of called modules instead. A module
	// linted on its own gets its providers, default_tags and tag variables
	// from callers the plugin cannot see.
	if !cfg.IsConfigurationRoot {
		return nil
	}
	resources := cfg.AllResources()
	check := &tagsCheck{
		cfg:         cfg,
		required:    required,
		defaults:    map[*model.Provider]tagsKeySet{},
		envDefaults: tagsEnvDefaults(),
	}
	check.helpers = tagsCollectHelpers(resources)
	for _, res := range resources {
		if res.Data || !strings.HasPrefix(res.Type, "aws_") {
			continue
		}
		if err := check.resource(runner, r, res); err != nil {
			return err
		}
	}
	return nil
}

// requiredTags reads the rule block: a list of tag keys, default Environment and Owner.
func (r *AwsResourceTagsRequiredRule) requiredTags(runner tflint.Runner) ([]string, error) {
	var cfg tagsRequiredConfig
	if err := decodeRuleConfig(runner, r.Name(), &cfg); err != nil {
		return nil, err
	}
	if cfg.Tags == cty.NilVal {
		return tagsRequiredDefault, nil
	}
	bad := func(format string, args ...any) error {
		return &ConfigError{Rule: r.Name(), Err: fmt.Errorf("tags: "+format, args...)}
	}
	v, _ := cfg.Tags.UnmarkDeep()
	if !v.IsKnown() || v.IsNull() || !(v.Type().IsListType() || v.Type().IsTupleType() || v.Type().IsSetType()) {
		return nil, bad("must be a list of tag keys, e.g. [\"Environment\", \"Owner\"]")
	}
	var out []string
	seen := map[string]bool{}
	for it := v.ElementIterator(); it.Next(); {
		_, el := it.Element()
		if !el.IsKnown() || el.IsNull() || el.Type() != cty.String {
			return nil, bad("every element must be a string tag key, got %s", tagsDescribe(el))
		}
		key := el.AsString()
		if key == "" {
			return nil, bad("an empty string is not a valid AWS tag key")
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	}
	return out, nil
}

func tagsDescribe(v cty.Value) string {
	switch {
	case !v.IsKnown():
		return "an unknown value"
	case v.IsNull():
		return "null"
	default:
		return v.Type().FriendlyName()
	}
}

type tagsCheck struct {
	cfg      *model.Config
	required []string
	defaults map[*model.Provider]tagsKeySet
	helpers  tagsHelperKeys
	// envDefaults are the default tag keys set in the environment.
	envDefaults []string
}

func (c *tagsCheck) resource(runner tflint.Runner, rule tflint.Rule, res *model.Resource) error {
	isASG := res.Type == tagsASGType
	if !isASG && (!data.TaggableResources[res.Type] || tagsNotOwnTags[res.Type]) {
		return nil
	}
	// The AWS provider does not apply default_tags to Auto Scaling groups. In
	// a module linted on its own, a group's tags come from its caller's
	// variables, as every other resource's default_tags do.
	defaults := tagsKnownEmpty()
	if !isASG {
		defaults = c.providerDefaults(res.Provider)
	} else if res.InCheckedModule() && !c.cfg.IsConfigurationRoot {
		return nil
	}
	missing := tagsMissing(c.required, defaults)
	// Without a verdict on default_tags there is none on the resource; and
	// most configurations set every required tag there. Either way the
	// resource's own tags need no evaluation, which may ask the host for variables.
	if len(missing) == 0 || !defaults.known {
		return nil
	}
	var own tagsKeySet
	tagsAttr := res.Body.Attr("tags")
	if isASG {
		own = tagsASGOwnKeys(res)
	} else {
		own = tagsOwnKeys(res, tagsAttr)
	}
	own = c.helpers.add(res, own)
	if !own.known && tagsAttr != nil && !isASG {
		// An unknown value may still be known to lack a key: when none of
		// the maps it can merge has it.
		possible, ok := tagsPossibleKeys(res, tagsAttr.Expr)
		if !ok {
			return nil
		}
		own = c.helpers.add(res, tagsKeySet{keys: possible, known: true})
	}
	missing = tagsMissing(missing, own)
	if len(missing) == 0 || !own.known {
		return nil
	}

	at := res.DeclRange
	if tagsAttr != nil && !isASG {
		at = tagsAttr.Expr.Range()
	}
	if !res.InCheckedModule() {
		at = res.ReportRange()
	}
	provider := "aws"
	if res.Provider != nil {
		provider = res.Provider.Address
	}
	return runner.EmitIssue(rule, tagsMessage(res.Address(), res.Type, provider, missing), at)
}

func tagsMissing(required []string, set tagsKeySet) []string {
	var out []string
	for _, key := range required {
		if !set.keys[key] {
			out = append(out, key)
		}
	}
	return out
}

func tagsMessage(address, resourceType, provider string, missing []string) string {
	quoted := make([]string, len(missing))
	for i, k := range missing {
		quoted[i] = fmt.Sprintf("%q", k)
	}
	what, them := "tag "+quoted[0], "it"
	if len(missing) > 1 {
		what, them = "tags "+strings.Join(quoted, ", "), "them"
	}
	why := fmt.Sprintf("without %s the resource cannot be attributed in cost allocation reports or matched by tag-based access and automation policies.", them)
	if resourceType == tagsASGType {
		return fmt.Sprintf("%s is missing the required %s: %s Add a tag block for each; provider default_tags do not apply to Auto Scaling groups.",
			address, what, why)
	}
	return fmt.Sprintf("%s is missing the required %s: %s Set %s in its tags or in default_tags of its provider configuration (%s).",
		address, what, why, them, provider)
}

// tagsOwnKeys reads a resource's own `tags` argument. Terraform drops map
// elements whose value is null, so a key set to null does not count.
func tagsOwnKeys(res *model.Resource, attr *hcl.Attribute) tagsKeySet {
	if attr == nil {
		return tagsKnownEmpty()
	}
	return tagsKeysOf(res.Module.Eval(attr.Expr, res))
}

// tagsPossibleKeys lists every key a tags expression whose value is unknown
// may have, read from its form: merge() of maps, conditionals (either branch),
// object constructors with known keys, locals, and known values. ok is false
// when some part may hold any key (a variable without a value, a function the
// model does not read).
func tagsPossibleKeys(res *model.Resource, expr hcl.Expression) (map[string]bool, bool) {
	tracer := &model.Tracer[string]{
		Descend: func(t *model.Tracer[string], _ *model.Module, expr hcl.Expression, _ hcl.Traversal) ([]string, bool, bool) {
			return tagsFormKeys(t, res, expr)
		},
	}
	found, ok := tracer.Trace(res.Module, expr, nil)
	if !ok {
		return nil, false
	}
	keys := map[string]bool{}
	for _, k := range found {
		keys[k] = true
	}
	return keys, true
}

// tagsFormKeys reads the keys of one part of a tags expression. handled is
// false for what the tracer reads itself: parentheses and a local's expression.
func tagsFormKeys(t *model.Tracer[string], res *model.Resource, expr hcl.Expression) (keys []string, ok, handled bool) {
	mod := res.Module
	if v := mod.Eval(expr, res); v.IsKnown() {
		set := tagsKeysOf(v)
		return model.SortedKeys(set.keys), set.known, true
	}
	switch x := expr.(type) {
	case *hclsyntax.ParenthesesExpr:
		return nil, false, false
	case *hclsyntax.ConditionalExpr:
		keys, ok = t.Union(mod, []hcl.Expression{x.TrueResult, x.FalseResult}, nil)
		return keys, ok, true
	case *hclsyntax.FunctionCallExpr:
		if x.Name == "merge" && !x.ExpandFinal {
			args := make([]hcl.Expression, len(x.Args))
			for i, a := range x.Args {
				args[i] = a
			}
			keys, ok = t.Union(mod, args, nil)
			return keys, ok, true
		}
	case *hclsyntax.ObjectConsExpr:
		for _, item := range x.Items {
			k := mod.Eval(item.KeyExpr, res)
			if !k.IsKnown() || k.IsNull() || k.Type() != cty.String {
				return nil, false, true
			}
			keys = append(keys, k.AsString())
		}
		return keys, true, true
	case *hclsyntax.ScopeTraversalExpr:
		if len(x.Traversal) == 2 && x.Traversal.RootName() == "local" {
			return nil, false, false
		}
	}
	return nil, false, true
}

// tagsKeysOf returns the keys of a tags value. Only the keys matter: an object
// whose attribute values are unknown still has known keys. An unknown value
// could be anything, including null, but the attribute name is there.
func tagsKeysOf(v cty.Value) tagsKeySet {
	if v == cty.NilVal || !v.IsKnown() {
		return tagsKeySet{keys: map[string]bool{}}
	}
	out := tagsKnownEmpty()
	if v.IsNull() {
		return out
	}
	ty := v.Type()
	switch {
	case ty.IsObjectType():
		for name := range ty.AttributeTypes() {
			if el := v.GetAttr(name); el.IsKnown() && el.IsNull() {
				continue
			}
			out.keys[name] = true
		}
	case ty.IsMapType():
		for it := v.ElementIterator(); it.Next(); {
			k, el := it.Element()
			if el.IsKnown() && el.IsNull() {
				continue
			}
			out.keys[k.AsString()] = true
		}
	default:
		// Not a map: an invalid configuration that Terraform rejects.
		out.known = false
	}
	return out
}

// tagsASGOwnKeys reads an Auto Scaling group's `tag` blocks, static and dynamic.
func tagsASGOwnKeys(res *model.Resource) tagsKeySet {
	out := tagsKnownEmpty()
	// A `tags` argument is the list-of-maps form that AWS provider v5 removed;
	// its provider version is unknown here.
	if res.Body.Has("tags") {
		out.known = false
		return out
	}
	for _, blk := range res.Body.AllBlocks("tag") {
		keyAttr := blk.Body.Attr("key")
		if keyAttr == nil {
			out.known = false
			continue
		}
		if !blk.Dynamic {
			if key, ok := res.Module.EvalString(keyAttr.Expr, res); ok {
				out.keys[key] = true
			} else {
				out.known = false
			}
			continue
		}
		keys, ok := tagsDynamicKeys(res, blk, keyAttr.Expr)
		if !ok {
			out.known = false
		}
		for _, k := range keys {
			out.keys[k] = true
		}
	}
	return out
}

// tagsDynamicKeys evaluates the `key` of a dynamic "tag" block for each element
// of its for_each. The key expression is evaluated only when it refers to
// nothing but the iterator (as in `key = tag.key`); anything else is unknown.
func tagsDynamicKeys(res *model.Resource, blk *model.Block, keyExpr hcl.Expression) ([]string, bool) {
	if blk.ForEach == nil {
		return nil, false
	}
	for _, tr := range keyExpr.Variables() {
		if tr.RootName() != blk.Iterator {
			return nil, false
		}
	}
	forEach := res.Module.Eval(blk.ForEach, res)
	if !forEach.IsKnown() || forEach.IsNull() || !forEach.CanIterateElements() {
		return nil, false
	}
	var keys []string
	for it := forEach.ElementIterator(); it.Next(); {
		k, v := it.Element()
		if forEach.Type().IsSetType() {
			k = v
		}
		ctx := &hcl.EvalContext{Variables: map[string]cty.Value{
			blk.Iterator: cty.ObjectVal(map[string]cty.Value{"key": k, "value": v}),
		}}
		key, diags := keyExpr.Value(ctx)
		if diags.HasErrors() {
			return nil, false
		}
		key, _ = key.UnmarkDeep()
		if !key.IsKnown() || key.IsNull() || key.Type() != cty.String {
			return nil, false
		}
		keys = append(keys, key.AsString())
	}
	return keys, true
}

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

// Reads is what the rule reads of resource bodies.
func (r *AwsResourceTagsRequiredRule) Reads() []model.Reads {
	return []model.Reads{{Paths: []string{
		"tag{}.key", "key", "autoscaling_group_name", "resource_id", "resource_arn",
	}}}
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

// providerDefaults reads the default_tags keys of a provider configuration, once per configuration.
func (c *tagsCheck) providerDefaults(p *model.Provider) tagsKeySet {
	if d, ok := c.defaults[p]; ok {
		return d
	}
	var d tagsKeySet
	switch {
	case p == nil:
		// An alias the model cannot resolve, e.g. one a caller it cannot see passes in.
		d = tagsKeySet{keys: map[string]bool{}}
	case p.Block == nil:
		// No provider "aws" block: a deployable root then has no default_tags,
		// but a module linted on its own gets its provider from a caller.
		d = tagsKnownEmpty()
		if p.Module != c.cfg.Module || !c.cfg.IsConfigurationRoot {
			d.known = false
		}
	default:
		d = tagsKeysOf(p.DefaultTags)
		for _, dt := range p.Block.Body.AllBlocks("default_tags") {
			if dt.Dynamic {
				d.known = false
			}
		}
		c.ignoredTags(p, &d)
	}
	for _, k := range c.envDefaults {
		d.keys[k] = true
	}
	c.defaults[p] = d
	return d
}

// tagsEnvPrefix names the environment variables from which the AWS provider
// reads default tags for every configuration (TF_AWS_DEFAULT_TAGS_Owner=team):
// HCP Terraform variable sets use them to tag whole organisations.
const tagsEnvPrefix = "TF_AWS_DEFAULT_TAGS_"

// tagsEnvDefaults returns the tag keys the environment sets as default tags.
func tagsEnvDefaults() []string {
	var keys []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if key, ok := strings.CutPrefix(name, tagsEnvPrefix); ok && key != "" {
			keys = append(keys, key)
		}
	}
	return keys
}

// ignoredTags counts the required keys a provider's ignore_tags hands to
// something outside Terraform as present: Terraform neither sets nor reports them.
func (c *tagsCheck) ignoredTags(p *model.Provider, d *tagsKeySet) {
	for _, it := range p.Block.Body.AllBlocks("ignore_tags") {
		if it.Dynamic {
			d.known = false
			continue
		}
		for _, arg := range []string{"keys", "key_prefixes"} {
			attr := it.Body.Attr(arg)
			if attr == nil {
				continue
			}
			v := p.Module.Eval(attr.Expr, nil)
			if !v.IsWhollyKnown() || v.IsNull() || !(v.Type().IsListType() || v.Type().IsSetType() || v.Type().IsTupleType()) {
				d.known = false
				continue
			}
			for el := v.ElementIterator(); el.Next(); {
				_, item := el.Element()
				if item.Type() != cty.String {
					continue
				}
				for _, required := range c.required {
					if required == item.AsString() || arg == "key_prefixes" && strings.HasPrefix(required, item.AsString()) {
						d.keys[required] = true
					}
				}
			}
		}
	}
}
