package rules

import (
	"errors"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestAwsPrivateAccessMissingRule(t *testing.T) {
	ruletest.Run(t, NewAwsPrivateAccessMissingRule(), "testdata/aws_private_access_missing")
}

func TestAwsPrivateAccessMissingRuleConfig(t *testing.T) {
	rule := NewAwsPrivateAccessMissingRule()
	runner := helper.TestRunner(t, map[string]string{
		".tflint.hcl": `
rule "aws_private_access_missing" {
  enabled      = true
  access_types = ["aws_vpn_gateway", "Not A Type"]
}`,
		"main.tf": `provider "aws" {}`,
	})
	err := rule.Check(runner)
	var cfgErr *ConfigError
	if !errors.As(err, &cfgErr) {
		t.Fatalf("want a ConfigError, got %v", err)
	}
}
