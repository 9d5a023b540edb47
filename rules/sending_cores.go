package rules

import (
	"runtime"
	"sync"
)

// Once a check's rules are all computed, what is left is sending their
// issues, one round trip to the host at a time (ahead.go): a goroutine that
// waits on the host, and gRPC's reader and writer. With more than one P the
// runtime wakes and parks an idle thread on every reply, for nothing the
// check can use: on two cores shared with the host, about 35 ms of CPU and
// 20 ms of wall time at 10,000 resources (docs/performance.md, lever 19).
// So while every check in flight is only sending, the process runs on one
// P; a check that starts computing (the host checks module calls in
// parallel) gives the cores back first. (Setting GOMAXPROCS ends the runtime's own updates of it
// to a container's CPU limit; a plugin process lives for one run.)
var cores struct {
	sync.Mutex
	computing int
	// restore is the GOMAXPROCS to give back, 0 while it is not lowered.
	restore int
}

// computingBegins notes a check that starts computing its rules, giving the
// process its cores back if sending had lowered them.
func computingBegins() {
	cores.Lock()
	defer cores.Unlock()
	cores.computing++
	if cores.restore != 0 {
		runtime.GOMAXPROCS(cores.restore)
		cores.restore = 0
	}
}

// computingEnds notes a check whose rules are all computed; when no check is
// computing any more, the process runs on one P.
func computingEnds() {
	cores.Lock()
	defer cores.Unlock()
	cores.computing--
	if cores.computing == 0 && cores.restore == 0 {
		if previous := runtime.GOMAXPROCS(1); previous > 1 {
			cores.restore = previous
		}
	}
}
