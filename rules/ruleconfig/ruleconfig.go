// Package ruleconfig reads a rule's block of .tflint.hcl. A mistake there is
// the user's to fix, so its Error is the one error a rule returns to TFLint;
// every other failure is logged and the check goes on.
package ruleconfig

import (
	"fmt"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// Error is a mistake in a rule's configuration.
type Error struct {
	Rule string
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("rule %q: %s", e.Rule, e.Err) }

// Unwrap returns the mistake.
func (e *Error) Unwrap() error { return e.Err }

// Decode reads the rule block of the named rule into target.
func Decode(runner tflint.Runner, rule string, target any) error {
	if err := runner.DecodeRuleConfig(rule, target); err != nil {
		return &Error{Rule: rule, Err: err}
	}
	return nil
}
