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

func TestMemoOfNameWaitsForAnotherGoroutinesComputation(t *testing.T) {
	var m memo
	a := &analysis[string]{name: "test"}
	started, release := make(chan struct{}), make(chan struct{})
	first := make(chan string)
	go func() {
		first <- a.ofName(&m, "module", "a", func() string { close(started); <-release; return "a's value" })
	}()
	<-started
	second := make(chan string)
	go func() { second <- a.ofName(&m, "module", "a", func() string { return "computed twice" }) }()
	close(release)
	if got, again := <-first, <-second; got != "a's value" || again != got {
		t.Errorf("got %q and %q; a name asked while another goroutine computes it must wait for that value", got, again)
	}
	if got := a.ofName(&m, "module", "b", func() string { return "b's value" }); got != "b's value" {
		t.Errorf("another name got %q, want its own value", got)
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
