package rules

import (
	"errors"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

func TestAwsSecurityGroupPublicAdminPortRule(t *testing.T) {
	ruletest.Run(t, NewAwsSecurityGroupPublicAdminPortRule(), "testdata/aws_security_group_public_admin_port")
}

// A ports option the rule cannot use is the user's to fix: the configured
// ports fixture, with a bad option instead of its own.
func TestAwsSecurityGroupPublicAdminPortRuleConfigErrors(t *testing.T) {
	rule := NewAwsSecurityGroupPublicAdminPortRule()
	for name, config := range map[string]string{
		"out of range": "ports = [70000]",
		"not numbers":  `ports = ["ssh"]`,
		"unknown name": "port = 22",
	} {
		t.Run(name, func(t *testing.T) {
			c := ruletest.Load(t, "testdata/aws_security_group_public_admin_port/configured_ports")
			c.Files[".tflint.hcl"] = "rule \"aws_security_group_public_admin_port\" {\n  enabled = true\n  " + config + "\n}\n"
			runner, _ := c.Runner(t, rule)
			err := rule.Check(runner)
			var cfgErr *ConfigError
			if !errors.As(err, &cfgErr) {
				t.Fatalf("want a ConfigError, got %v", err)
			}
		})
	}
}
