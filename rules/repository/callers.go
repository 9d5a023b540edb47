package repository

import (
	"path/filepath"
	"slices"
)

// Callers returns the directories of the repository whose local module
// calls use dir as their source, absolute, in path order: where a module's
// variables get their values. It reads the same module files as IsCalled.
func (r *Repository) Callers(dir string) []string {
	abs, err := Canonical(dir)
	if err != nil {
		return nil
	}
	r.read()
	r.mu.Lock()
	defer r.mu.Unlock()
	var callers []string
	for path := range r.callingFiles(abs) {
		callers = append(callers, filepath.Dir(path))
	}
	slices.Sort(callers)
	return slices.Compact(callers)
}
