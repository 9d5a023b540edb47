package rules

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// recordingRunner is the runner of a rule computed ahead (ahead.go): it
// records the issues the rule emits, to be sent to the host later and in
// order, and passes every other call to the check's runner, whose model the
// rule reads. Each emission answers nil, as the host does without fixes.
type recordingRunner struct {
	*model.Runner
	issues []recordedIssue
}

// recordedIssue is one EmitIssue or EmitIssueWithFix call of a rule.
type recordedIssue struct {
	rule    tflint.Rule
	message string
	at      hcl.Range
	withFix bool
	fix     func(tflint.Fixer) error
}

func (r *recordingRunner) EmitIssue(rule tflint.Rule, message string, issueRange hcl.Range) error {
	r.issues = append(r.issues, recordedIssue{rule: rule, message: message, at: issueRange})
	return nil
}

func (r *recordingRunner) EmitIssueWithFix(rule tflint.Rule, message string, issueRange hcl.Range, fixFunc func(f tflint.Fixer) error) error {
	r.issues = append(r.issues, recordedIssue{rule: rule, message: message, at: issueRange, withFix: true, fix: fixFunc})
	return nil
}

// send makes the recorded call on the runner that talks to the host. Rules
// are computed ahead only without --fix, so a fix is only previewed
// (preview_fixer.go).
func (i recordedIssue) send(runner tflint.Runner) error {
	if i.withFix {
		return runner.EmitIssueWithFix(i.rule, i.message, i.at, previewing(i.fix))
	}
	return runner.EmitIssue(i.rule, i.message, i.at)
}
