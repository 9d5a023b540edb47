package model

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// heapPerSourceByte is how much memory a module check may take, per byte of
// the module's source, before the collector runs. Parsing allocates about
// 115 bytes per byte of source (the token slices are most of it) and keeps
// about 22; the model and the rules allocate about 50 more and keep about as
// much again. The default pacing, which collects whenever the heap doubles,
// runs about six collections in a 10k check, each marking every syntax tree
// alive by then: a fifth of the plugin's CPU. With this much room it runs
// two or three. The bound stays below TFLint's own peak for the same module,
// which holds the same sources parsed and more (75-95 bytes per byte of
// source; docs/performance.md).
const heapPerSourceByte = 70

// minHoldBudget is the smallest budget worth holding the collector for: a
// small module's check takes few collections anyway.
const minHoldBudget = 16 << 20

// collector is the pacing the process had before a check held it, and
// which hold is the latest.
var collector struct {
	sync.Mutex
	held    bool
	latest  int
	percent int
	limit   int64
}

// holdCollector paces the collector for the check of a module whose files
// are sources: no collection until the process uses the budget more memory
// than it does now, then collections as that limit requires. release gives
// back the pacing the process had, unless a later check has held it since.
// Nothing changes for a small module, or when the user paces the collector
// (GOGC, GOMEMLIMIT).
func holdCollector(sources map[string][]byte) (release func()) {
	budget := holdBudget(sources)
	if budget == 0 {
		return func() {}
	}
	collector.Lock()
	defer collector.Unlock()
	limit := debug.SetMemoryLimit(memoryInUse() + budget)
	percent := debug.SetGCPercent(-1)
	if !collector.held {
		collector.held, collector.percent, collector.limit = true, percent, limit
	}
	collector.latest++
	hold := collector.latest
	return sync.OnceFunc(func() {
		collector.Lock()
		defer collector.Unlock()
		if collector.held && collector.latest == hold {
			debug.SetGCPercent(collector.percent)
			debug.SetMemoryLimit(collector.limit)
			collector.held = false
		}
	})
}

// growCollectorHold raises the memory limit of a check's hold by the budget
// of more sources the check parses: the modules a root calls, read from
// disk after the hold began. Without it a root calling large modules would
// keep them alive under a limit sized for its own files, and collect each
// time the heap touched it.
func growCollectorHold(sources map[string][]byte) {
	collector.Lock()
	defer collector.Unlock()
	if !collector.held {
		return
	}
	if limit := debug.SetMemoryLimit(-1); limit != math.MaxInt64 {
		debug.SetMemoryLimit(limit + sourceBytes(sources)*heapPerSourceByte)
	}
}

// holdBudget is the memory a check of sources may take before the
// collector runs, or 0 to keep the pacing as it is.
func holdBudget(sources map[string][]byte) int64 {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return 0
	}
	budget := sourceBytes(sources) * heapPerSourceByte
	if budget < minHoldBudget {
		return 0
	}
	return budget
}

// sourceBytes is the size of sources.
func sourceBytes(sources map[string][]byte) int64 {
	total := 0
	for _, src := range sources {
		total += len(src)
	}
	return int64(total)
}

// memoryInUse is what the runtime counts against its memory limit.
func memoryInUse() int64 {
	sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(sample)
	return int64(sample[0].Value.Uint64() - sample[1].Value.Uint64())
}
