// Package encryptionatrest is the aws_encryption_at_rest_missing rule: a
// resource whose stored data would be unencrypted at rest, because an
// encryption switch is off, a mode means none, or the switch is unset where
// AWS does not encrypt that service by default.
//
// Which settings count, what their values mean and what AWS does when they
// are unset is data, not code: rules/data/encryption-at-rest.tsv, one row per
// provider setting with the AWS page that states it. The parts: declare.go
// (what the rule reads), scopes.go (instances and dynamic blocks), sites.go
// (where a setting is written), verdict.go (encrypted or not at one site),
// ebsdefault.go (the per-region account default for EBS), unencrypted.go and
// customerkey.go (the two findings).
package encryptionatrest

import (
	"fmt"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// Rule reports stores left unencrypted at rest.
type Rule struct {
	tflint.DefaultRule
	decodeConfig ConfigDecoder
	invalid      ConfigInvalid
}

// ConfigDecoder reads the rule block into target; its error is the one a
// rule returns to TFLint (the ruleset's decodeRuleConfig).
type ConfigDecoder func(runner tflint.Runner, name string, target any) error

// ConfigInvalid wraps a mistake in the rule block as the ruleset's config error.
type ConfigInvalid func(name string, err error) error

// Options are the rule block's settings.
type Options struct {
	// EBSDefaultRegions are regions where EBS encryption by default is on
	// outside this configuration (a landing zone, an account baseline).
	EBSDefaultRegions []string `hclext:"ebs_default_regions,optional"`
	// RequireCustomerManagedKey also reports stores that support a
	// customer-managed KMS key and name none.
	RequireCustomerManagedKey bool `hclext:"require_customer_managed_key,optional"`
}

// New returns the rule; decode reads its rule block and invalid reports a
// bad setting in it.
func New(decode ConfigDecoder, invalid ConfigInvalid) *Rule {
	return &Rule{decodeConfig: decode, invalid: invalid}
}

func (r *Rule) Name() string              { return "aws_encryption_at_rest_missing" }
func (r *Rule) Enabled() bool             { return true }
func (r *Rule) Severity() tflint.Severity { return tflint.ERROR }
func (r *Rule) Link() string              { return project.ReferenceLink(r.Name()) }

func (r *Rule) Check(runner tflint.Runner) error {
	var opts Options
	if err := r.decodeConfig(runner, r.Name(), &opts); err != nil {
		return err
	}
	for _, region := range opts.EBSDefaultRegions {
		if !awsregion.IsName(region) {
			return r.invalid(r.Name(), fmt.Errorf("ebs_default_regions: %q is not an AWS region name", region))
		}
	}
	cfg := model.For(runner)
	if !cfg.IsRoot {
		// The root check reads every called module and reports at the caller.
		return nil
	}
	c := &check{cfg: cfg, opts: opts, reporter: report.New(runner, r), ebs: newEBSDefaults(cfg, opts.EBSDefaultRegions)}
	for _, res := range cfg.AllResources() {
		if res.Data || res.Absent() {
			continue
		}
		for _, d := range decisions[res.Type] {
			c.judge(res, d)
		}
	}
	return c.reporter.Flush()
}

// check is one run of the rule over a configuration.
type check struct {
	cfg      *model.Config
	opts     Options
	reporter *report.Reporter
	ebs      *ebsDefaults
}

// decisions are the rows of the decision file that the rule acts on, by type.
var decisions = func() map[string][]data.EncryptionDecision {
	out := map[string][]data.EncryptionDecision{}
	for _, d := range data.EncryptionAtRest {
		if d.Verdict == data.VerdictExcluded || (d.Verdict != data.VerdictUsed && d.KMSKeyPath == "") {
			continue
		}
		out[d.Type] = append(out[d.Type], d)
	}
	return out
}()
