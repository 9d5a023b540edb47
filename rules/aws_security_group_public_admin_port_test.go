package rules

import (
	"errors"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestAwsSecurityGroupPublicAdminPortRule(t *testing.T) {
	ruletest.Run(t, NewAwsSecurityGroupPublicAdminPortRule(), "testdata/aws_security_group_public_admin_port")
}

func TestAwsSecurityGroupPublicAdminPortRuleConfigErrors(t *testing.T) {
	rule := NewAwsSecurityGroupPublicAdminPortRule()
	for name, config := range map[string]string{
		"out of range": "ports = [70000]",
		"not numbers":  `ports = ["ssh"]`,
		"unknown name": "port = 22",
	} {
		t.Run(name, func(t *testing.T) {
			runner := helper.TestRunner(t, map[string]string{
				".tflint.hcl": "rule \"aws_security_group_public_admin_port\" {\n  enabled = true\n  " + config + "\n}\n",
				"main.tf":     `resource "aws_security_group" "sg" {}`,
			})
			err := rule.Check(runner)
			var cfgErr *ConfigError
			if !errors.As(err, &cfgErr) {
				t.Fatalf("want a ConfigError, got %v", err)
			}
		})
	}
}
