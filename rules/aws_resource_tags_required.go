package rules

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/parallel"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
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

// Reads is what the rule reads besides tags: Auto Scaling groups' tag blocks
// and the tagging helpers' targets.
func (r *AwsResourceTagsRequiredRule) Reads() []model.Reads {
	return []model.Reads{{Paths: []string{"tag{}.key", "key", "autoscaling_group_name", "resource_id", "resource_arn"}}}
}

func (r *AwsResourceTagsRequiredRule) Check(runner tflint.Runner) error {
	required, configured, err := r.requiredTags(runner)
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
		anySpelling: !configured,
		defaults:    map[*model.Provider]tagsKeySet{},
		lack:        map[*model.Provider][]string{},
		envDefaults: tagsEnvDefaults(),
		helpers:     tagsCollectHelpers(resources),
		gaps:        map[*model.Provider]*tagsProviderGap{},
	}
	rep := report.New(runner, r)
	var lacking []tagsLacking
	for _, res := range resources {
		if res.Data || !strings.HasPrefix(res.Type, "aws_") {
			continue
		}
		if l, ok := check.lacking(res); ok {
			lacking = append(lacking, l)
		}
	}
	// Reading each resource's own tags (for most, evaluating them) is most of
	// the rule's work, and independent per resource: it runs on every core,
	// as the rules after this one wait for its issues (ahead.go).
	parallel.Each(len(lacking), func(i int) { lacking[i].own = lacking[i].ownKeys() })
	for _, l := range lacking {
		check.resource(l)
	}
	check.settlePartial()
	for _, f := range check.ownFindings() {
		rep.Report(f)
	}
	for _, f := range check.gapFindings() {
		rep.Report(f)
	}
	return rep.Flush()
}

// requiredTags reads the rule block: a list of tag keys, default Environment
// and Owner. configured tells whether the block sets the list.
func (r *AwsResourceTagsRequiredRule) requiredTags(runner tflint.Runner) (keys []string, configured bool, err error) {
	var cfg tagsRequiredConfig
	if err := ruleconfig.Decode(runner, r.Name(), &cfg); err != nil {
		return nil, false, err
	}
	if cfg.Tags == cty.NilVal {
		return tagsRequiredDefault, false, nil
	}
	bad := func(format string, args ...any) error {
		return &ruleconfig.Error{Rule: r.Name(), Err: fmt.Errorf("tags: "+format, args...)}
	}
	v, _ := cfg.Tags.UnmarkDeep()
	if !v.IsKnown() || v.IsNull() || !(v.Type().IsListType() || v.Type().IsTupleType() || v.Type().IsSetType()) {
		return nil, true, bad("must be a list of tag keys, e.g. [\"Environment\", \"Owner\"]")
	}
	var out []string
	seen := map[string]bool{}
	for it := v.ElementIterator(); it.Next(); {
		_, el := it.Element()
		if !el.IsKnown() || el.IsNull() || el.Type() != cty.String {
			return nil, true, bad("every element must be a string tag key, got %s", tagsDescribe(el))
		}
		key := el.AsString()
		if key == "" {
			return nil, true, bad("an empty string is not a valid AWS tag key")
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	}
	return out, true, nil
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
	// anySpelling is set when the rule runs with its default keys. They stand
	// for an owner and an environment tag, which organisations spell their
	// own way (`owner`, `environment-name`): a near miss of a default key
	// counts as the key. Keys set in the rule block are the organisation's
	// own spelling, and AWS tag keys are case-sensitive: those match exactly.
	anySpelling bool
	defaults    map[*model.Provider]tagsKeySet
	// lack are the required keys each configuration's default_tags lack.
	lack    map[*model.Provider][]string
	helpers tagsHelperKeys
	// envDefaults are the default tag keys set in the environment.
	envDefaults []string
	// gaps are the provider configurations whose default_tags lack required
	// keys that resources relying on them need, in the order found.
	gaps     map[*model.Provider]*tagsProviderGap
	gapOrder []*tagsProviderGap
	// partial are the resources that set some of the keys their default_tags lack.
	partial []tagsPartial
	// own are the findings of resources whose own tags lack keys.
	own []tagsOwn
}

// tagsLacking is a resource whose own tags decide whether it has the
// required keys: its default_tags, the keys they lack, its tags argument,
// and its own tags' keys.
type tagsLacking struct {
	res      *model.Resource
	defaults tagsKeySet
	missing  []string
	tags     *hcl.Attribute
	own      tagsKeySet
}

// lacking returns the default_tags of a resource the rule judges and the
// required keys they lack; ok is false when its own tags decide nothing.
func (c *tagsCheck) lacking(res *model.Resource) (l tagsLacking, ok bool) {
	isASG := res.Type == tagsASGType
	if !isASG && (!data.TaggableResources[res.Type] || tagsNotOwnTags[res.Type]) {
		return l, false
	}
	// The AWS provider does not apply default_tags to Auto Scaling groups.
	l = tagsLacking{res: res, defaults: tagsKnownEmpty(), tags: res.Body.Attr("tags")}
	if isASG {
		l.missing = c.missing(c.required, l.defaults)
	} else {
		l.defaults, l.missing = c.providerDefaults(res.Provider), c.providerLack(res.Provider)
	}
	// Without a verdict on default_tags there is none on the resource; and
	// most configurations set every required tag there. Either way the
	// resource's own tags need no evaluation, which may ask the host for variables.
	return l, len(l.missing) > 0 && l.defaults.known
}

// ownKeys reads the keys of the resource's own tags.
func (l tagsLacking) ownKeys() tagsKeySet {
	if l.res.Type == tagsASGType {
		return tagsASGOwnKeys(l.res)
	}
	return tagsOwnKeys(l.res, l.tags)
}

// resource judges one resource. A resource that lacks keys only because its
// provider's default_tags do is counted towards that provider's finding
// instead of getting its own.
func (c *tagsCheck) resource(l tagsLacking) {
	res, defaults, missing, tagsAttr := l.res, l.defaults, l.missing, l.tags
	isASG := res.Type == tagsASGType
	own := c.helpers.add(res, l.own)
	if !own.known && tagsAttr != nil && !isASG {
		// An unknown value may still be known to lack a key: when none of
		// the maps it can merge has it.
		possible, ok := tagsPossibleKeys(res, tagsAttr.Expr)
		if !ok {
			return
		}
		own = c.helpers.add(res, tagsKeySet{keys: possible, known: true})
	}
	lackedByDefaults := missing
	missing = c.missing(missing, own)
	if len(missing) == 0 || !own.known {
		return
	}
	// Every key a resource lacks is one its default_tags lack too: adding it
	// there fixes the resource. A resource that sets none of those keys, under
	// no spelling, lacks them only because default_tags do: one cause for all
	// such resources of the provider configuration. One that sets some of them
	// is decided once every resource is seen (settlePartial). A resource whose
	// own tags spell a missing key another way keeps its finding: its own tags
	// are where the fix, or the rule setting, is decided.
	nearMiss := len(tagsNearMisses(missing, own)) > 0
	if !isASG && !nearMiss && len(missing) == len(lackedByDefaults) {
		c.addToGap(res, missing, defaults, false)
		return
	}

	f := report.Finding{Subject: res.Address(), Module: res.Module, Range: res.DeclRange}
	if tagsAttr != nil && !isASG {
		f.Range = tagsAttr.Expr.Range()
		f.Expr = tagsKeyCarrier(tagsAttr.Expr)
	}
	provider := "aws"
	if res.Provider != nil {
		provider = res.Provider.Address
	}
	hint := tagsNearMissHint("It has", c.required, missing, tagsUnion(own, defaults))
	f.Message = tagsMessage(res.Address(), res.Type, provider, missing) + hint
	finding := tagsOwn{res: res, finding: f, missing: missing, hint: hint}
	if !isASG && !nearMiss {
		c.partial = append(c.partial, tagsPartial{tagsOwn: finding, missing: lackedByDefaults, defaults: defaults})
		return
	}
	c.own = append(c.own, finding)
}

// missing lists the required keys the set lacks, under any spelling when
// the rule runs with its default keys.
// Near misses are looked for only when a key is absent as spelled, which
// for most resources it is not.
func (c *tagsCheck) missing(required []string, set tagsKeySet) []string {
	var absent []string
	for _, key := range required {
		if !set.keys[key] {
			absent = append(absent, key)
		}
	}
	if len(absent) == 0 || !c.anySpelling {
		return absent
	}
	near := tagsNearMisses(absent, set)
	var out []string
	for _, key := range absent {
		if _, spelled := near[key]; !spelled {
			out = append(out, key)
		}
	}
	return out
}

func tagsMessage(address, resourceType, provider string, missing []string) string {
	what, them := tagsWhat(missing)
	why := fmt.Sprintf("without %s the resource cannot be attributed in cost allocation reports or matched by tag-based access and automation policies.", them)
	if resourceType == tagsASGType {
		return fmt.Sprintf("%s is missing the required %s: %s Add a tag block for each; provider default_tags do not apply to Auto Scaling groups.",
			address, what, why)
	}
	return fmt.Sprintf("%s is missing the required %s: %s Set %s in its tags or in default_tags of its provider configuration (%s).",
		address, what, why, them, provider)
}

// tagsWhat names missing keys (`tag "Owner"`, `tags "Environment", "Owner"`)
// and the pronoun that refers to them.
func tagsWhat(missing []string) (what, them string) {
	if len(missing) == 1 {
		return "tag " + tagsQuoted(missing), "it"
	}
	return "tags " + tagsQuoted(missing), "them"
}

func tagsQuoted(keys []string) string {
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = fmt.Sprintf("%q", k)
	}
	return strings.Join(quoted, ", ")
}
