package model

// Derived is a result that a package outside the model derives from a Config
// on first use and keeps for the rest of the module check, as the model keeps
// its own analyses: what AWS knowledge makes of the configuration (the
// deployment regions in rules/awsfacts) lives beside that knowledge, not in
// the model. Declare one per result as a package variable.
type Derived[T any] struct {
	analysis analysis[T]
}

// NewDerived declares a derived result; name tells results apart in a debugger.
func NewDerived[T any](name string) *Derived[T] {
	return &Derived[T]{analysis: analysis[T]{name: name}}
}

// Of returns the result for c, computing it on first use. A caller that asks
// while another computes it waits for that result.
func (d *Derived[T]) Of(c *Config, compute func() T) T {
	return d.analysis.of(&c.memo, c, compute)
}
