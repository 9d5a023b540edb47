// Package parallel runs independent work of one module check on every core.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls do(i) for i from 0 to n-1 on GOMAXPROCS goroutines, taking the
// indexes in order, and returns when every call has. A call that panics ends
// its goroutine's share and panics again here, on the caller's goroutine,
// once the goroutines are done: the ruleset's guard recovers a rule's panics
// there, and a panic on a goroutine of its own would end the plugin.
func Each(n int, do func(i int)) {
	var next atomic.Int64
	var failed atomic.Pointer[any]
	work := func() {
		defer func() {
			if p := recover(); p != nil {
				failed.CompareAndSwap(nil, &p)
			}
		}()
		for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
			do(i)
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	if p := failed.Load(); p != nil {
		panic(*p)
	}
}
