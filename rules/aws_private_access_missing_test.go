package rules

import (
	"errors"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

func TestAwsPrivateAccessMissingRule(t *testing.T) {
	ruletest.Run(t, NewAwsPrivateAccessMissingRule(), "testdata/aws_private_access_missing")
}

// An access type that is no resource type is the user's to fix: the
// access_types fixture, with a bad type added.
func TestAwsPrivateAccessMissingRuleConfig(t *testing.T) {
	c := ruletest.Load(t, "testdata/aws_private_access_missing/access_types_makes_any_endpoint_count")
	c.Files[".tflint.hcl"] = `
rule "aws_private_access_missing" {
  enabled      = true
  access_types = ["aws_vpn_gateway", "Not A Type"]
}`
	rule := NewAwsPrivateAccessMissingRule()
	runner, _ := c.Runner(t, rule)
	err := rule.Check(runner)
	var cfgErr *ConfigError
	if !errors.As(err, &cfgErr) {
		t.Fatalf("want a ConfigError, got %v", err)
	}
}
