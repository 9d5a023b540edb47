package rules

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// guardedRule keeps one rule's failure from aborting the check: TFLint drops
// every finding of the run when a rule returns an error, and a panic kills the
// plugin. Failures are logged with the rule's name instead.
type guardedRule struct {
	tflint.Rule
}

func guard(r tflint.Rule) tflint.Rule { return guardedRule{Rule: r} }

// Reads is what the guarded rule reads of resource bodies.
func (g guardedRule) Reads() []model.Reads { return model.ReadsOf(g.Rule) }

// Check checks the rule: in a check whose rules are computed ahead, it sends
// what the rule found (ahead.go); on any other runner it runs the rule.
func (g guardedRule) Check(runner tflint.Runner) error {
	if check, ok := runner.(*aheadCheck); ok {
		return check.emit(g)
	}
	return g.check(runner)
}

// check runs the rule with the guard.
func (g guardedRule) check(runner tflint.Runner) error {
	return g.guarded(func() error { return g.Rule.Check(runner) })
}

// guarded runs part of the rule's check, logging its panic or internal
// error; only a rule configuration error is returned.
func (g guardedRule) guarded(part func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			logger.Error(fmt.Sprintf("awsbaseline: rule %s panicked: %v\n%s", g.Name(), p, debug.Stack()))
			err = nil
		}
	}()
	if err := part(); err != nil {
		var cfgErr *ruleconfig.Error
		if errors.As(err, &cfgErr) {
			return err
		}
		logger.Error(fmt.Sprintf("awsbaseline: rule %s failed: %s", g.Name(), err))
	}
	return nil
}
