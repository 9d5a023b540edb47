package rules

import (
	"errors"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

func TestAwsProviderRegionVariableRule(t *testing.T) {
	ruletest.Run(t, NewAwsProviderRegionVariableRule(), "testdata/aws_provider_region_variable")
}

// A variable_name the rule cannot use is the user's to fix: the no region
// argument fixture, with a bad option.
func TestAwsProviderRegionVariableRuleConfig(t *testing.T) {
	c := ruletest.Load(t, "testdata/aws_provider_region_variable/no_region_argument")
	c.Files[".tflint.hcl"] = "rule \"aws_provider_region_variable\" {\n  enabled       = true\n  variable_name = \"aws-region!\"\n}\n"
	rule := NewAwsProviderRegionVariableRule()
	runner, _ := c.Runner(t, rule)
	err := rule.Check(runner)
	var cfgErr *ConfigError
	if !errors.As(err, &cfgErr) {
		t.Fatalf("want a ConfigError, got %v", err)
	}
}
