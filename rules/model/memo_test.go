package model

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestMemoComputesOnceAcrossGoroutines(t *testing.T) {
	var m memo
	a := &analysis[int]{name: "test"}
	var computed atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := a.of(&m, "subject", func() int { computed.Add(1); return 42 }); got != 42 {
				t.Errorf("got %d, want 42", got)
			}
		}()
	}
	wg.Wait()
	if computed.Load() != 1 {
		t.Errorf("computed %d times, want once", computed.Load())
	}
	if got := a.of(&m, "other", func() int { return 7 }); got != 7 {
		t.Errorf("another subject got %d, want its own result 7", got)
	}
}

func TestMemoOfNameAnswersCyclesWithoutKeepingThem(t *testing.T) {
	var m memo
	a := &analysis[string]{name: "test"}
	var value func(name string) string
	value = func(name string) string {
		return a.ofName(&m, "module", name, "cycle", func() string {
			if name == "a" {
				return "a(" + value("b") + ")"
			}
			return "b(" + value("a") + ")"
		})
	}
	if got := value("a"); got != "a(b(cycle))" {
		t.Errorf("a = %q, want a(b(cycle))", got)
	}
	if got := value("b"); got != "b(cycle)" {
		t.Errorf("b = %q, want the value kept while a was computed, b(cycle)", got)
	}
}

func TestMemoKeepsNothingFromAComputationThatPanics(t *testing.T) {
	var m memo
	a := &analysis[int]{name: "test"}
	func() {
		defer func() { _ = recover() }()
		a.of(&m, "subject", func() int { panic("rule bug") })
	}()
	if got := a.of(&m, "subject", func() int { return 1 }); got != 1 {
		t.Errorf("after a panic got %d, want a new computation's 1", got)
	}
}
