package parallel

import (
	"sync/atomic"
	"testing"
)

func TestEachCallsEveryIndexOnce(t *testing.T) {
	const n = 1000
	var calls [n]atomic.Int32
	Each(n, func(i int) { calls[i].Add(1) })
	for i := range calls {
		if c := calls[i].Load(); c != 1 {
			t.Fatalf("index %d called %d times", i, c)
		}
	}
	Each(0, func(int) { t.Fatal("called with nothing to do") })
}

// A call's panic reaches the caller's goroutine, where the ruleset's guard
// recovers it.
func TestEachPanicsOnTheCaller(t *testing.T) {
	defer func() {
		if p := recover(); p != "item 3" {
			t.Fatalf("recovered %v, want the panic of item 3", p)
		}
	}()
	Each(100, func(i int) {
		if i == 3 {
			panic("item 3")
		}
	})
	t.Fatal("no panic")
}
