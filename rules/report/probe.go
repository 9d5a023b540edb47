package report

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// ownCause is a finding in a called module's own code as any root that
// reaches the module would have it: the directory of the module whose code
// the defect is in (home), the finding's range in its module's directory,
// and what it says apart from the call's address.
type ownCause struct {
	home, dir, file string
	start, end      int
	says            string
}

// probed is what one rule finds in another root: the module-own causes its
// check there has. ok is false when that root could not be built from disk
// or the rule failed there: then nothing is known of it.
type probed struct {
	once   sync.Once
	ok     bool
	causes map[ownCause]bool
}

// has reports whether the probed root has a cause; an unknown root has none,
// so that a later root still shows it.
func (p *probed) has(c ownCause) bool { return p.ok && p.causes[c] }

type probeKey struct{ root, start, rule string }

var (
	probes sync.Map
	// builtRoots caches each probed root's configuration for the process:
	// every rule probes the same build.
	builtRoots sync.Map
)

// view is a root as a run started in start sees it.
type view struct{ root, start string }

// builtRoot is one root's configuration built from disk, once.
type builtRoot struct {
	once sync.Once
	cfg  *model.Config
	ok   bool
}

// probe runs the reporter's rule on another root's configuration, built from
// disk as every worker would build it, and collects the module-own causes it
// finds there, once per process, root, start and rule.
func (r *Reporter) probe(root string) *probed {
	v, _ := probes.LoadOrStore(probeKey{root, r.cfg.Settings.Start, r.rule.Name()}, &probed{})
	p := v.(*probed)
	p.once.Do(func() {
		cfg, ok := r.build(root)
		if !ok {
			return
		}
		host := &prober{Runner: r.runner, found: p}
		p.causes = map[ownCause]bool{}
		p.ok = check(r.rule, model.NewRunnerOf(host, cfg))
	})
	return p
}

// build returns a root's configuration from disk, built once per process.
func (r *Reporter) build(root string) (*model.Config, bool) {
	v, _ := builtRoots.LoadOrStore(view{root, r.cfg.Settings.Start}, &builtRoot{})
	b := v.(*builtRoot)
	b.once.Do(func() { b.cfg, b.ok = model.BuildDir(root, r.cfg.Settings) })
	return b.cfg, b.ok
}

// check runs a rule, telling whether it completed: a rule that fails or
// panics on another root says nothing about it.
func check(rule tflint.Rule, runner tflint.Runner) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			logger.Warn(fmt.Sprintf("awsbaseline: rule %s panicked on another root: %v\n%s", rule.Name(), p, debug.Stack()))
			ok = false
		}
	}()
	return rule.Check(runner) == nil
}

// prober is the host of a probing check: the rule's reporter records the
// module-own causes it finds instead of emitting them (Report).
type prober struct {
	tflint.Runner
	found *probed
}

// GetFile reads the probed root's files from disk, which the host does not
// serve: a call acknowledged with tflint-ignore there hands the finding on
// (annotations.go), as in that root's own check.
func (p *prober) GetFile(filename string) (*hcl.File, error) {
	src, err := os.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	return &hcl.File{Bytes: src}, nil
}

// proberOf returns the prober a rule's runner carries, or nil for a real check.
func proberOf(runner tflint.Runner) *prober {
	if mr, ok := runner.(*model.Runner); ok {
		p, _ := mr.Runner.(*prober)
		return p
	}
	return nil
}

// ownCauseOf names a finding's module-own cause, its directories canonical
// so that every root's check names it alike.
func ownCauseOf(f Finding, home, says string) (ownCause, bool) {
	home, err := repository.Canonical(home)
	if err != nil {
		return ownCause{}, false
	}
	dir, err := repository.Canonical(f.Module.AbsDir())
	if err != nil {
		return ownCause{}, false
	}
	return ownCause{home: home, dir: dir, file: filepath.Base(f.Range.Filename), start: f.Range.Start.Byte, end: f.Range.End.Byte, says: says}, true
}
