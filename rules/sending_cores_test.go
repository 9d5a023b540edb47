package rules

import (
	"runtime"
	"testing"
)

// The process runs on one P only while no check is computing, and gets its
// cores back whenever one starts, however the checks interleave.
func TestOneProcessorWhileEveryCheckIsOnlySending(t *testing.T) {
	withCores(t, 4)
	procs := func(want int, when string) {
		t.Helper()
		if got := runtime.GOMAXPROCS(0); got != want {
			t.Errorf("%s: GOMAXPROCS = %d, want %d", when, got, want)
		}
	}
	computingBegins()
	procs(4, "one check computing")
	computingEnds()
	procs(1, "the only check sending")
	computingBegins()
	procs(4, "a module call's check computing")
	computingBegins()
	computingEnds()
	procs(4, "one of two checks still computing")
	computingEnds()
	procs(1, "both checks sending")
	computingBegins()
	computingEnds()
	computingBegins()
	procs(4, "the cores given back are the process's own, not one")
	computingEnds()
}

// withCores starts a test on n Ps, from a governor no check has lowered:
// other tests' checks leave the process lowered between them. The test's end
// gives back the process's own state.
func withCores(t *testing.T, n int) {
	t.Helper()
	cores.Lock()
	computing, restore := cores.computing, cores.restore
	cores.computing, cores.restore = 0, 0
	cores.Unlock()
	full := runtime.GOMAXPROCS(n)
	t.Cleanup(func() {
		cores.Lock()
		cores.computing, cores.restore = computing, restore
		cores.Unlock()
		runtime.GOMAXPROCS(full)
	})
}
