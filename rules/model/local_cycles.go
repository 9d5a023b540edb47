package model

import "slices"

// onLocalCycle reports whether a local of the module refers to itself,
// directly or through other locals: a cycle Terraform rejects, whose value is
// unknown. Cycles are found from the locals' references as written, the same
// references evaluation and the tracer follow (local.<name>), before anything
// is evaluated: the answer is then the same whichever local a rule asks for
// first, and whichever goroutine asks, and a memoized local never waits for
// itself.
func (m *Module) onLocalCycle(name string) bool {
	return localCycles.of(&m.config.memo, m, m.findLocalCycles)[name]
}

var localCycles = &analysis[map[string]bool]{name: "locals on a cycle"}

// findLocalCycles returns the locals on a cycle: Tarjan's strongly connected
// components of the graph of locals referring to locals, keeping the
// components of more than one local and the locals that refer to themselves.
func (m *Module) findLocalCycles() map[string]bool {
	refs := map[string][]string{}
	for name, attr := range m.Locals {
		for _, tr := range variablesOf(attr.Expr) {
			if ref := nameAt(tr, 1); tr.RootName() == "local" && m.Locals[ref] != nil {
				refs[name] = append(refs[name], ref)
			}
		}
	}
	onCycle := map[string]bool{}
	index := map[string]int{}
	low := map[string]int{}
	var stack []string
	onStack := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		index[name], low[name] = len(index), len(index)
		stack = append(stack, name)
		onStack[name] = true
		for _, ref := range refs[name] {
			if _, seen := index[ref]; !seen {
				visit(ref)
				low[name] = min(low[name], low[ref])
			} else if onStack[ref] {
				low[name] = min(low[name], index[ref])
			}
		}
		if low[name] != index[name] {
			return
		}
		at := len(stack) - 1
		for stack[at] != name {
			at--
		}
		component := stack[at:]
		stack = stack[:at]
		for _, member := range component {
			onStack[member] = false
			onCycle[member] = len(component) > 1 || slices.Contains(refs[member], member)
		}
	}
	for name := range m.Locals {
		if _, seen := index[name]; !seen {
			visit(name)
		}
	}
	return onCycle
}
