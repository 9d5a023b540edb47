package rules

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// The SDK checks the enabled rules one after another (its server's Check),
// and every issue a rule emits is a synchronous round trip to the host, so a
// check would use one core and wait on the host in turn. Without fixes no
// rule reads what another changed, so the first rule's Check starts every
// rule's computation on a pool of GOMAXPROCS goroutines, each rule against a
// runner that records its issues (recording_runner.go). Each rule's Check,
// called by the SDK in order, waits for that rule and sends what it recorded:
// later rules compute while earlier ones are sent, and the host receives the
// same issues in the same order, one call at a time (its issue list is not
// locked). Everything a rule reads must therefore be safe for concurrent use.

// aheadCheck is a module check whose rules are computed ahead; it is the
// runner the SDK hands to every rule of the check.
type aheadCheck struct {
	*model.Runner
	// rules are the enabled rules computed ahead, in the SDK's order.
	rules   []guardedRule
	start   sync.Once
	results map[string]*aheadResult
	// computing counts the pool's goroutines.
	computing sync.WaitGroup
}

// aheadResult is one rule's computation: the issues it emitted and the error
// its guarded Check returns; done is closed when it is complete.
type aheadResult struct {
	done   chan struct{}
	issues []recordedIssue
	err    error
}

// newAheadCheck returns the check of the enabled rules on runner. A rule that
// is not guarded (none in the ruleset) is checked on its turn as usual.
func newAheadCheck(runner *model.Runner, enabled []tflint.Rule) *aheadCheck {
	check := &aheadCheck{Runner: runner, results: map[string]*aheadResult{}}
	for _, rule := range enabled {
		if g, ok := rule.(guardedRule); ok {
			check.rules = append(check.rules, g)
		}
	}
	return check
}

// emit is a guarded rule's Check in this check: it waits for the rule's
// computation and sends its issues in the order the rule emitted them, under
// the guard, as the rule's own emissions were: a failed emission (the host's
// error, a fix that panics) ends the rule there, as it would have ended it.
// The SDK ends the check at a rule's error, and then the rules after it must
// not outlive the check.
func (c *aheadCheck) emit(g guardedRule) error {
	c.start.Do(c.computeAll)
	result, ok := c.results[g.Name()]
	if !ok {
		return g.check(c.Runner)
	}
	<-result.done
	err := g.guarded(func() error {
		for _, issue := range result.issues {
			if err := issue.send(c.Runner); err != nil {
				return err
			}
		}
		return result.err
	})
	if err != nil || g.Name() == c.rules[len(c.rules)-1].Name() {
		// The check ends here. The collector held for it (model.Build) gets
		// its pacing back only now: released while issues are still being
		// sent, it would collect at once, to no use in a run about to end.
		c.computing.Wait()
		c.Runner.ReleaseCollector()
	}
	return err
}

// computeAll starts every rule's computation, in the SDK's order, on at most
// GOMAXPROCS goroutines. The first rule to read the model builds it; the
// others wait for it (model.Runner.Model).
func (c *aheadCheck) computeAll() {
	queue := make(chan guardedRule, len(c.rules))
	for _, g := range c.rules {
		c.results[g.Name()] = &aheadResult{done: make(chan struct{})}
		queue <- g
	}
	close(queue)
	// The cores first: an earlier check that has only issues left to send
	// keeps the process on one P (sending_cores.go).
	computingBegins()
	workers := min(runtime.GOMAXPROCS(0), len(c.rules))
	if workers == 0 {
		computingEnds()
		return
	}
	// The last goroutine to finish ends the computing before the check's
	// end (emit) can see it done.
	var left atomic.Int32
	left.Store(int32(workers))
	c.computing.Add(workers)
	for range workers {
		go func() {
			defer c.computing.Done()
			defer func() {
				if left.Add(-1) == 0 {
					computingEnds()
				}
			}()
			for g := range queue {
				c.compute(g, c.results[g.Name()])
			}
		}()
	}
}

// compute runs one rule with the guard's semantics against a recording runner.
func (c *aheadCheck) compute(g guardedRule, result *aheadResult) {
	recorder := &recordingRunner{Runner: c.Runner}
	result.err = g.check(recorder)
	result.issues = recorder.issues
	close(result.done)
}
