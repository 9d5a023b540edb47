package rules

import (
	"fmt"

	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// MinTFLintVersion is the oldest TFLint the plugin supports: the first that
// merges override files as Terraform does (the model reads the merged
// configuration from the host). CI tests it (.github/workflows/build.yml).
const MinTFLintVersion = ">= 0.54.0"

// PluginConfig is the plugin block of .tflint.hcl.
type PluginConfig struct {
	// Regions are the regions the configuration must deploy to.
	Regions []string `hclext:"regions,optional"`
}

// RuleSet is the awsbaseline ruleset. It reads the plugin block and hands
// every module check a runner that carries the shared model.
type RuleSet struct {
	tflint.BuiltinRuleSet
	config PluginConfig
	fix    bool
	// schema is what the enabled rules read of resource bodies.
	schema *model.Schema
}

// NewRuleSet returns the ruleset with every rule guarded against panics.
func NewRuleSet() *RuleSet {
	rules := make([]tflint.Rule, len(Rules))
	for i, r := range Rules {
		rules[i] = guard(r)
	}
	return &RuleSet{BuiltinRuleSet: tflint.BuiltinRuleSet{
		Name:       "awsbaseline",
		Version:    project.Version,
		Constraint: MinTFLintVersion,
		Rules:      rules,
	}}
}

// ApplyGlobalConfig notes whether fixes are applied, enables rules as usual,
// and builds the schema of what the enabled rules read: a disabled rule
// widens nothing the host decodes.
func (r *RuleSet) ApplyGlobalConfig(config *tflint.Config) error {
	r.fix = config.Fix
	if err := r.BuiltinRuleSet.ApplyGlobalConfig(config); err != nil {
		return err
	}
	r.schema = schemaOf(r.EnabledRules)
	return nil
}

// schemaOf is the schema of what the rules read of resource bodies.
func schemaOf(rules []tflint.Rule) *model.Schema {
	var reads []model.Reads
	for _, rule := range rules {
		reads = append(reads, model.ReadsOf(rule)...)
	}
	return model.NewSchema(false, reads...)
}

// ConfigSchema declares the plugin block's attributes; the host rejects any other.
func (r *RuleSet) ConfigSchema() *hclext.BodySchema {
	return hclext.ImpliedBodySchema(&PluginConfig{})
}

// ApplyConfig reads the plugin block.
func (r *RuleSet) ApplyConfig(body *hclext.BodyContent) error {
	var cfg PluginConfig
	if diags := hclext.DecodeBody(body, nil, &cfg); diags.HasErrors() {
		return diags
	}
	for _, name := range cfg.Regions {
		if !awsregion.IsName(name) {
			return fmt.Errorf(`plugin "awsbaseline": regions: %q is not an AWS region name (e.g. "us-east-1")`, name)
		}
	}
	r.config = cfg
	return nil
}

// NewRunner wraps each module check's runner so that all rules share one
// model, which decodes what the enabled rules read. Without fixes the rules
// are computed ahead on every core (ahead.go); fixes change what the next
// rule reads, so with them the rules run one after another.
func (r *RuleSet) NewRunner(runner tflint.Runner) (tflint.Runner, error) {
	check := model.NewRunner(runner, model.Settings{Regions: r.config.Regions, Fix: r.fix, Schema: r.schema})
	if r.fix {
		return check, nil
	}
	return newAheadCheck(check, r.EnabledRules), nil
}
