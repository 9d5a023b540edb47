package model

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestHoldCollectorGivesThePacingBack checks that a check's hold stops the
// collector's percentage pacing under a memory limit, that its release gives
// back what the process had, and that the release of a hold replaced by a
// later check's leaves that check's hold in place.
func TestHoldCollectorGivesThePacingBack(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	sources := map[string][]byte{"main.tf": []byte(strings.Repeat("x", minHoldBudget/heapPerSourceByte+1))}
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	defer func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) }()
	before := debug.SetMemoryLimit(-1)

	first := holdCollector(sources)
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("held: GC percent %d, want -1 (off)", got)
	}
	if got := debug.SetMemoryLimit(-1); got == before {
		t.Fatal("held: no memory limit set")
	}
	second := holdCollector(sources)
	first()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("the first check's release undid the second's hold: GC percent %d", got)
	}
	second()
	second()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Fatalf("released: GC percent %d, want 100", got)
	}
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Fatalf("released: memory limit %d, want %d", got, before)
	}
}

// TestHoldCollectorLeavesSmallModulesAndUserPacing checks that nothing is
// held for a small module or when the user sets GOGC.
func TestHoldCollectorLeavesSmallModulesAndUserPacing(t *testing.T) {
	percent := debug.SetGCPercent(100)
	defer debug.SetGCPercent(percent)
	big := map[string][]byte{"main.tf": []byte(strings.Repeat("x", minHoldBudget/heapPerSourceByte+1))}
	for name, c := range map[string]struct {
		gogc    string
		sources map[string][]byte
	}{
		"small module": {sources: map[string][]byte{"main.tf": []byte("x")}},
		"GOGC set":     {gogc: "200", sources: big},
	} {
		t.Setenv("GOGC", c.gogc)
		release := holdCollector(c.sources)
		if got := debug.SetGCPercent(100); got != 100 {
			t.Errorf("%s: GC percent %d while held, want it untouched", name, got)
		}
		release()
	}
}

// TestGrowCollectorHoldAddsCalledModules checks that modules parsed during a
// hold raise its memory limit by their budget, and that nothing changes
// without a hold.
func TestGrowCollectorHoldAddsCalledModules(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	defer func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) }()
	module := map[string][]byte{"modules/app/main.tf": []byte(strings.Repeat("x", 1000))}

	growCollectorHold(module)
	if got := debug.SetMemoryLimit(-1); got != limit {
		t.Fatalf("without a hold the limit moved: %d, want %d", got, limit)
	}
	release := holdCollector(map[string][]byte{"main.tf": []byte(strings.Repeat("x", minHoldBudget/heapPerSourceByte+1))})
	defer release()
	held := debug.SetMemoryLimit(-1)
	growCollectorHold(module)
	if got, want := debug.SetMemoryLimit(-1), held+1000*heapPerSourceByte; got != want {
		t.Fatalf("held limit after a called module: %d, want %d", got, want)
	}
}
