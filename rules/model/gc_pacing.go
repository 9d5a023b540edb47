package model

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sort"
)

// heapPerSourceByte is how large the heap may grow while the module's files
// are parsed, per byte of source and per byte of the files being parsed at
// once. The parse keeps the syntax trees (about 22 bytes per byte of source)
// and, while a file is parsed, its tokens (about 25 more per byte of that
// file), and allocates about eight times what it keeps. The default pacing,
// which collects whenever the heap doubles, marks about as much as is
// allocated, mostly in many small cycles while little is live; with twice
// what the parse keeps at its largest from the start, it needs a few
// collections. The bound is about the default's own peak and below TFLint's,
// which holds the same sources parsed and more (docs/performance.md).
const heapPerSourceByte = 50

// duringParse runs parse, which parses sources, with the collector held off
// until the process holds the budget more than it does now (an earlier
// check's memory may not be returned yet), and then restores the pacing it had.
func duringParse(sources map[string][]byte, parse func()) {
	budget := parseBudget(sources)
	if budget == 0 {
		parse()
		return
	}
	limit := debug.SetMemoryLimit(memoryInUse() + budget)
	percent := debug.SetGCPercent(-1)
	defer func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}()
	parse()
}

// parseBudget is the heap the parse of sources may grow to, or 0 to keep the
// pacing as it is: for a small module, whose parse takes few collections
// anyway, and when the user paces the collector (GOGC, GOMEMLIMIT).
func parseBudget(sources map[string][]byte) int64 {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return 0
	}
	sizes := make([]int, 0, len(sources))
	total := 0
	for _, src := range sources {
		sizes = append(sizes, len(src))
		total += len(src)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	parsedAtOnce := 0
	for _, size := range sizes[:min(len(sizes), runtime.GOMAXPROCS(0))] {
		parsedAtOnce += size
	}
	budget := int64(total+parsedAtOnce) * heapPerSourceByte
	if budget < minParseBudget {
		return 0
	}
	return budget
}

// memoryInUse is what the runtime counts against its memory limit.
func memoryInUse() int64 {
	sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(sample)
	return int64(sample[0].Value.Uint64() - sample[1].Value.Uint64())
}

// minParseBudget is the smallest budget worth setting.
const minParseBudget = 16 << 20
