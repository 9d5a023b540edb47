package rules

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// ConfigError is a mistake in a rule's configuration. It is the only error a
// rule returns to TFLint, which then stops and shows it to the user.
type ConfigError struct {
	Rule string
	Err  error
}

func (e *ConfigError) Error() string { return fmt.Sprintf("rule %q: %s", e.Rule, e.Err) }

func (e *ConfigError) Unwrap() error { return e.Err }

// guardedRule keeps one rule's failure from aborting the check: TFLint drops
// every finding of the run when a rule returns an error, and a panic kills the
// plugin. Failures are logged with the rule's name instead.
type guardedRule struct {
	tflint.Rule
}

func guard(r tflint.Rule) tflint.Rule { return guardedRule{Rule: r} }

// Reads is what the guarded rule reads of resource bodies.
func (g guardedRule) Reads() []model.Reads { return model.ReadsOf(g.Rule) }

func (g guardedRule) Check(runner tflint.Runner) (err error) {
	defer func() {
		if p := recover(); p != nil {
			logger.Error(fmt.Sprintf("awsbaseline: rule %s panicked: %v\n%s", g.Name(), p, debug.Stack()))
			err = nil
		}
	}()
	if err := g.Rule.Check(runner); err != nil {
		var cfgErr *ConfigError
		if errors.As(err, &cfgErr) {
			return err
		}
		logger.Error(fmt.Sprintf("awsbaseline: rule %s failed: %s", g.Name(), err))
	}
	return nil
}
