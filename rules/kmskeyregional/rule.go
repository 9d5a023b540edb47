// Package kmskeyregional is the aws_kms_key_regional rule: a KMS key is
// regional, so every KMS attribute must name a key in the region the
// attribute's resource (or the place it writes to) is in, and every region the
// configuration deploys to needs a customer-managed key of its own once
// another region has one.
//
// The parts: declare.go (what the rule reads), sites.go (where KMS
// attributes are set), placement.go (which region each attribute's key must
// be in), trace.go (following an expression to the keys it can name), keys.go
// (what a key, alias, multi-Region replica or key data source stands for),
// unreadable.go (which replicas a module that cannot be read may create),
// crossregion.go and regionwithoutkey.go (the two findings).
package kmskeyregional

import (
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// Rule reports KMS key references that cross regions, and deployment
// regions left without a customer-managed key of their own.
type Rule struct {
	tflint.DefaultRule
}

// New returns the rule.
func New() *Rule {
	return &Rule{}
}

func (r *Rule) Name() string              { return "aws_kms_key_regional" }
func (r *Rule) Enabled() bool             { return true }
func (r *Rule) Severity() tflint.Severity { return tflint.ERROR }
func (r *Rule) Link() string              { return project.ReferenceLink(r.Name()) }

func (r *Rule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	c := &check{
		cfg: cfg, report: report.New(runner, r),
		regionHasKey: map[string]bool{}, regionUnknown: map[string]bool{},
	}
	for _, res := range cfg.AllResources() {
		for _, site := range c.sites(res) {
			c.judge(site)
		}
	}
	if cfg.IsConfigurationRoot {
		c.regionsWithoutKeys()
	}
	return c.report.Flush()
}

// check is one run of the rule over a configuration.
type check struct {
	cfg    *model.Config
	report *report.Reporter
	// regionHasKey marks regions (by Region.Key) whose resources use a key the
	// configuration does not manage, such as a key id or a data source.
	regionHasKey map[string]bool
	// regionUnknown marks regions whose resources use keys that cannot be followed.
	regionUnknown map[string]bool
	// unknownRegionKeyed is set when a region whose name cannot be known has,
	// or may have, a key: it may be any region, so no region lacks one for sure.
	unknownRegionKeyed bool
}
