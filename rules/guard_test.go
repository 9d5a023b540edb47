package rules

import (
	"errors"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

type faultyRule struct {
	tflint.DefaultRule
	fail func() error
}

func (r *faultyRule) Name() string              { return "faulty" }
func (r *faultyRule) Enabled() bool             { return true }
func (r *faultyRule) Severity() tflint.Severity { return tflint.ERROR }
func (r *faultyRule) Link() string              { return "" }
func (r *faultyRule) Check(tflint.Runner) error { return r.fail() }

func TestGuardKeepsOtherRulesFindings(t *testing.T) {
	for name, fail := range map[string]func() error{
		"panic":          func() error { panic("boom") },
		"internal error": func() error { return errors.New("lost connection") },
	} {
		t.Run(name, func(t *testing.T) {
			runner := helper.TestRunner(t, map[string]string{"main.tf": `
resource "aws_db_instance" "db" {
  password = "x"
}`})
			ruleset := NewRuleSet()
			checked := []tflint.Rule{guard(&faultyRule{fail: fail})}
			checked = append(checked, ruleset.Rules...)
			for _, rule := range checked {
				if err := rule.Check(runner); err != nil {
					t.Fatalf("%s returned %v; a rule's failure must not abort the check", rule.Name(), err)
				}
			}
			found := false
			for _, issue := range runner.Issues {
				found = found || issue.Rule.Name() == "aws_db_manage_master_password"
			}
			if !found {
				t.Error("the other rules' findings were lost")
			}
		})
	}
}

func TestGuardPassesConfigErrors(t *testing.T) {
	cfgErr := &ruleconfig.Error{Rule: "faulty", Err: errors.New("tags must be a list of strings")}
	err := guard(&faultyRule{fail: func() error { return cfgErr }}).Check(helper.TestRunner(t, nil))
	if !errors.Is(err, cfgErr) {
		t.Errorf("a rule configuration error must reach the user, got %v", err)
	}
}
