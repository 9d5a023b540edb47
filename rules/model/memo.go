package model

import "sync"

// analysis is a result the model derives on first use and keeps for the rest
// of the module check, of T: deployment regions, a module's resource index, a
// local's value. Each is declared once, beside the code that computes it, as
// a package variable; its results live in the Config's memo, so adding one
// adds no field to Config, Module or Resource.
type analysis[T any] struct {
	// name tells analyses apart in a debugger; it also keeps the struct from
	// being zero-sized, whose pointers need not be distinct keys.
	name string
}

// memo holds every analysis result of one Config, keyed by analysis and
// subject (the Config, a Module or a Resource) and, for an analysis per
// name, the name. Rules may read the model from several goroutines. Results
// sit in the map itself rather than in an allocation each: a model of ten
// thousand resources keeps ten thousand answers to whether each exists.
type memo struct {
	mu      sync.Mutex
	values  map[memoKey]any
	pending map[memoKey]bool
	// done is signalled when a computation ends, for callers that wait for it.
	done sync.Cond
}

type memoKey struct {
	analysis any
	subject  any
	name     string
}

// of returns the analysis of a subject, computing it on first use. A caller
// that asks while another computes it waits for that result.
func (a *analysis[T]) of(m *memo, subject any, compute func() T) T {
	return a.ofKey(m, memoKey{analysis: a, subject: subject}, compute)
}

// ofKey is of and ofName for a key of the analysis.
func (a *analysis[T]) ofKey(m *memo, key memoKey, compute func() T) T {
	m.mu.Lock()
	for {
		if v, ok := m.values[key]; ok {
			m.mu.Unlock()
			return v.(T)
		}
		if !m.pending[key] {
			return remember(m, key, compute)
		}
		m.cond().Wait()
	}
}

// ofName returns the analysis of one name (a variable, a local) of a subject,
// computing it on first use; a caller that asks while another computes it
// waits for that result. A name whose value needs itself would wait for ever:
// callers answer names on a cycle before asking (local_cycles.go).
func (a *analysis[T]) ofName(m *memo, subject any, name string, compute func() T) T {
	return a.ofKey(m, memoKey{analysis: a, subject: subject, name: name}, compute)
}

// remember computes and keeps the result of a key that is neither known nor
// pending; the caller holds m.mu, which remember releases. A computation that
// panics (the ruleset recovers a rule's panic) keeps nothing, so that the
// next caller tries again rather than waiting for ever.
func remember[T any](m *memo, key memoKey, compute func() T) T {
	if m.values == nil {
		m.values, m.pending = map[memoKey]any{}, map[memoKey]bool{}
	}
	m.pending[key] = true
	m.mu.Unlock()
	var v T
	computed := false
	defer func() {
		m.mu.Lock()
		delete(m.pending, key)
		if computed {
			m.values[key] = v
		}
		m.cond().Broadcast()
		m.mu.Unlock()
	}()
	v = compute()
	computed = true
	return v
}

// cond is what callers wait on for a pending computation; the caller holds m.mu.
func (m *memo) cond() *sync.Cond {
	if m.done.L == nil {
		m.done.L = &m.mu
	}
	return &m.done
}
