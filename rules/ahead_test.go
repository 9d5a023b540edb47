package rules

import (
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
)

// sendingHost is a host that receives issues as TFLint's does, and fails the
// test when two arrive at once: its issue list is not locked.
type sendingHost struct {
	tflint.Runner
	t        *testing.T
	sending  atomic.Bool
	received []string
}

func (h *sendingHost) EmitIssue(rule tflint.Rule, message string, _ hcl.Range) error {
	if !h.sending.CompareAndSwap(false, true) {
		h.t.Errorf("%s: an issue was sent while another was being sent", message)
	}
	defer h.sending.Store(false)
	time.Sleep(100 * time.Microsecond)
	h.received = append(h.received, rule.Name()+": "+message)
	return nil
}

// EmitIssueWithFix runs the fix, as the SDK's client does before it sends.
func (h *sendingHost) EmitIssueWithFix(rule tflint.Rule, message string, at hcl.Range, fix func(tflint.Fixer) error) error {
	_ = fix(nil)
	return h.EmitIssue(rule, message+" (with fix)", at)
}

// scriptedRule emits issues with pauses between them, so that rules
// computed at once interleave, then ends as its script says.
type scriptedRule struct {
	faultyRule
	name   string
	issues int
	// fix is the fix of every other issue; nil fixes nothing.
	fix func(tflint.Fixer) error
	end func() error
	// checked counts the rule's Checks that ran to their end.
	checked atomic.Int32
}

func (r *scriptedRule) Name() string { return r.name }

func (r *scriptedRule) Check(runner tflint.Runner) error {
	defer r.checked.Add(1)
	for i := range r.issues {
		time.Sleep(time.Duration(i%3) * 100 * time.Microsecond)
		var err error
		if i%2 == 0 {
			err = runner.EmitIssue(r, fmt.Sprintf("issue %d", i), hcl.Range{})
		} else {
			err = runner.EmitIssueWithFix(r, fmt.Sprintf("issue %d", i), hcl.Range{}, r.fixOrNothing)
		}
		if err != nil {
			return err
		}
	}
	if r.end != nil {
		return r.end()
	}
	return nil
}

func (r *scriptedRule) fixOrNothing(f tflint.Fixer) error {
	if r.fix != nil {
		return r.fix(f)
	}
	return nil
}

// checkAsTheSDK checks the rules on runner as the SDK's server does: in
// order, stopping at the first error, which it returns.
func checkAsTheSDK(rules []tflint.Rule, runner tflint.Runner) error {
	for _, rule := range rules {
		if err := rule.Check(runner); err != nil {
			return fmt.Errorf("%s: %w", rule.Name(), err)
		}
	}
	return nil
}

// sequentialAndAhead checks the rules one after another and computed ahead,
// each on a host of its own, and returns what each host received and the
// error each check ended with.
func sequentialAndAhead(t *testing.T, rules func() []tflint.Rule) (sequential, ahead []string, seqErr, aheadErr error) {
	t.Helper()
	seqHost := &sendingHost{t: t}
	seqErr = checkAsTheSDK(rules(), model.NewRunner(seqHost, model.Settings{}))
	aheadHost := &sendingHost{t: t}
	aheadRules := rules()
	aheadErr = checkAsTheSDK(aheadRules, newAheadCheck(model.NewRunner(aheadHost, model.Settings{}), aheadRules))
	return seqHost.received, aheadHost.received, seqErr, aheadErr
}

func TestAheadSendsEachRulesIssuesInOrderOneAtATime(t *testing.T) {
	rules := func() []tflint.Rule {
		var rules []tflint.Rule
		for i := range 6 {
			rules = append(rules, guard(&scriptedRule{name: fmt.Sprintf("rule_%d", i), issues: 3 + i*5%7}))
		}
		return rules
	}
	sequential, ahead, _, _ := sequentialAndAhead(t, rules)
	if len(sequential) == 0 || !slices.Equal(ahead, sequential) {
		t.Errorf("computed ahead, the host received\n%q\nwant the sequential check's\n%q", ahead, sequential)
	}
}

func TestAheadReportsARulesFailureForThatRuleOnly(t *testing.T) {
	cfgErr := &ruleconfig.Error{Rule: "bad_config", Err: errors.New("tags must be a list of strings")}
	var last *scriptedRule
	rules := func() []tflint.Rule {
		last = &scriptedRule{name: "after_the_error", issues: 2}
		return []tflint.Rule{
			guard(&scriptedRule{name: "fine", issues: 2}),
			guard(&scriptedRule{name: "panics", issues: 1, end: func() error { panic("boom") }}),
			guard(&scriptedRule{name: "fails", issues: 1, end: func() error { return errors.New("lost connection") }}),
			guard(&scriptedRule{name: "fix_panics", issues: 3, fix: func(tflint.Fixer) error { panic("bad fix") }}),
			guard(&scriptedRule{name: "still_fine", issues: 2}),
			guard(&scriptedRule{name: "bad_config", end: func() error { return cfgErr }}),
			guard(last),
		}
	}
	sequential, ahead, seqErr, aheadErr := sequentialAndAhead(t, rules)
	if !slices.Equal(ahead, sequential) {
		t.Errorf("computed ahead, the host received\n%q\nwant the sequential check's\n%q", ahead, sequential)
	}
	if !errors.Is(aheadErr, cfgErr) || seqErr.Error() != aheadErr.Error() {
		t.Errorf("computed ahead, the check ended with %v, want the sequential check's %v", aheadErr, seqErr)
	}
	if last.checked.Load() != 1 {
		t.Error("a rule computed ahead outlived the check the SDK ended at an earlier rule's error")
	}
}

func TestFixesKeepRulesOneAfterAnother(t *testing.T) {
	var running atomic.Int32
	var overlapped atomic.Bool
	var rules []tflint.Rule
	for i := range 4 {
		rules = append(rules, guard(&scriptedRule{name: fmt.Sprintf("fixer_%d", i), issues: 2, end: func() error {
			defer running.Add(-1)
			overlapped.Store(overlapped.Load() || running.Add(1) > 1)
			time.Sleep(time.Millisecond)
			return nil
		}}))
	}
	ruleset := &RuleSet{BuiltinRuleSet: tflint.BuiltinRuleSet{Rules: rules}}
	if err := ruleset.ApplyGlobalConfig(&tflint.Config{Fix: true}); err != nil {
		t.Fatal(err)
	}
	runner, _ := ruleset.NewRunner(&sendingHost{t: t})
	if _, ok := runner.(*model.Runner); !ok {
		t.Fatalf("with fixes the check's runner is %T, want the model's runner, whose rules run in turn", runner)
	}
	if err := checkAsTheSDK(ruleset.EnabledRules, runner); err != nil {
		t.Fatal(err)
	}
	if overlapped.Load() {
		t.Error("with fixes two rules ran at once")
	}
	if err := ruleset.ApplyGlobalConfig(&tflint.Config{}); err != nil {
		t.Fatal(err)
	}
	if runner, _ := ruleset.NewRunner(&sendingHost{t: t}); !isAhead(runner) {
		t.Errorf("without fixes the check's runner is %T, want rules computed ahead", runner)
	}
}

func isAhead(runner tflint.Runner) bool {
	_, ok := runner.(*aheadCheck)
	return ok
}

// concurrentRule is a rule whose Check takes a while and notes how many
// such Checks ran at once.
type concurrentRule struct {
	faultyRule
	name            string
	running, widest *atomic.Int32
}

func (r *concurrentRule) Name() string { return r.name }

func (r *concurrentRule) Check(tflint.Runner) error {
	now := r.running.Add(1)
	defer r.running.Add(-1)
	for {
		widest := r.widest.Load()
		if now <= widest || r.widest.CompareAndSwap(widest, now) {
			break
		}
	}
	time.Sleep(20 * time.Millisecond)
	return nil
}

// A check that starts after another has computed its rules (the host checks
// module calls after the root) computes on every core too: the earlier
// check, left only sending, must not leave it one goroutine.
func TestAheadChecksOneAfterAnotherComputeOnEveryCore(t *testing.T) {
	withCores(t, 2)
	for check := range 2 {
		var running, widest atomic.Int32
		var rules []tflint.Rule
		for i := range 4 {
			rules = append(rules, guard(&concurrentRule{name: fmt.Sprintf("rule_%d", i), running: &running, widest: &widest}))
		}
		host := &sendingHost{t: t}
		if err := checkAsTheSDK(rules, newAheadCheck(model.NewRunner(host, model.Settings{}), rules)); err != nil {
			t.Fatal(err)
		}
		if w := widest.Load(); w != 2 {
			t.Errorf("check %d computed %d rules at once, want 2 (GOMAXPROCS)", check+1, w)
		}
	}
}
