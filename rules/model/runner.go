package model

import (
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// Runner wraps the host's runner for one module check and keeps the model for
// the rest of that check. The SDK applies a rule's fixes between rules without
// telling the ruleset, so a fix marks the model stale and the next rule rebuilds it.
type Runner struct {
	tflint.Runner
	settings Settings

	mu     sync.Mutex
	config *Config
}

// NewRunner wraps a host runner.
func NewRunner(runner tflint.Runner, settings Settings) *Runner {
	return &Runner{Runner: runner, settings: settings}
}

// Model returns the model of the module under check, building it on first use.
func (r *Runner) Model() *Config {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.config == nil {
		r.config = Build(r.Runner, r.settings)
	}
	return r.config
}

// ReleaseCollector gives the collector back the pacing it had before the
// model was built (gc_pacing.go): the check is over.
func (r *Runner) ReleaseCollector() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.config != nil && r.config.releaseCollector != nil {
		r.config.releaseCollector()
	}
}

// EmitIssueWithFix forwards the issue and, when fixes are applied, marks the model stale.
func (r *Runner) EmitIssueWithFix(rule tflint.Rule, message string, issueRange hcl.Range, fixFunc func(f tflint.Fixer) error) error {
	err := r.Runner.EmitIssueWithFix(rule, message, issueRange, fixFunc)
	if r.settings.Fix {
		r.mu.Lock()
		r.config = nil
		r.mu.Unlock()
	}
	return err
}

// For returns the model for a runner: the cached one of a wrapped runner (a
// Runner, or a runner embedding one, such as the ruleset's runner that records
// a rule's issues), or a new one (unit tests pass the SDK's test runner directly).
func For(runner tflint.Runner) *Config {
	if r, ok := runner.(interface{ Model() *Config }); ok {
		return r.Model()
	}
	return Build(runner, Settings{})
}

// NewRunnerOf wraps a runner around a model already built, such as another
// directory's (BuildDir): a rule checked with it judges that configuration,
// while the rule's settings still come from the host.
func NewRunnerOf(runner tflint.Runner, cfg *Config) *Runner {
	return &Runner{Runner: runner, settings: cfg.Settings, config: cfg}
}
