package rules

import (
	"errors"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// Every fix of the fixtures of the rules that offer fixes is fixable, or not,
// the same previewed as run against the SDK's Fixer: the issues TFLint marks
// fixable without --fix do not change.
func TestFixesPreviewAsTheyRun(t *testing.T) {
	cases := fixtureCases(t, "testdata/aws_db_manage_master_password", "testdata/aws_provider_region_variable",
		"testdata/aws_provider_region_variable_fix", "testdata/aws_secret_arn_output_missing", "testdata/aws_secret_arn_output_missing_fix")
	rules := []tflint.Rule{guard(NewAwsDBManageMasterPasswordRule()), guard(NewAwsProviderRegionVariableRule()), guard(NewAwsSecretARNOutputMissingRule())}
	fixes := 0
	for _, dir := range cases {
		c := ruletest.Load(t, dir)
		for name, value := range c.Env {
			t.Setenv(name, value)
		}
		_, runner := fixtureRunner(t, c, rules, func(host tflint.Runner) tflint.Runner {
			return &fixComparingRunner{Runner: host, t: t, dir: dir, fixes: &fixes}
		})
		for _, rule := range rules {
			if err := rule.Check(runner); err != nil {
				break
			}
		}
	}
	if fixes < 20 {
		t.Fatalf("%d fixes in the fixtures, want the fixtures' 20 or more", fixes)
	}
}

// fixComparingRunner runs each fix previewed and then against the SDK's
// Fixer, and reports a fix whose support differs.
type fixComparingRunner struct {
	tflint.Runner
	t     *testing.T
	dir   string
	fixes *int
}

func (r *fixComparingRunner) EmitIssueWithFix(rule tflint.Rule, message string, at hcl.Range, fix func(tflint.Fixer) error) error {
	return r.Runner.EmitIssueWithFix(rule, message, at, func(f tflint.Fixer) error {
		*r.fixes++
		previewed := previewing(fix)(f)
		err := fix(f)
		if errors.Is(previewed, tflint.ErrFixNotSupported) != errors.Is(err, tflint.ErrFixNotSupported) {
			r.t.Errorf("%s: %s at %s: previewed the fix returns %v, run %v", r.dir, rule.Name(), at, previewed, err)
		}
		return err
	})
}
