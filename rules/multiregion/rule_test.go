package multiregion

import (
	"errors"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, New(), "testdata")
}

// A groups option the rule cannot use is the user's to fix: the configured
// groups fixture, with a bad option instead of its own.
func TestGroupsConfigErrors(t *testing.T) {
	for name, groups := range map[string]string{
		"an empty group":           `{ network = [] }`,
		"a type that is not AWS's": `{ network = ["google_compute_network"] }`,
		"not a map of lists":       `["aws_vpc"]`,
	} {
		t.Run(name, func(t *testing.T) {
			c := ruletest.Load(t, "testdata/configured_groups")
			c.Files[".tflint.hcl"] = "rule \"aws_multi_region_incomplete\" {\n  enabled = true\n  groups  = " + groups + "\n}\n"
			rule := New()
			runner, _ := c.Runner(t, rule)
			err := rule.Check(runner)
			var cfgErr *ruleconfig.Error
			if !errors.As(err, &cfgErr) {
				t.Fatalf("want a ruleconfig.Error, got %v", err)
			}
		})
	}
}
