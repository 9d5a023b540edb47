package repository

import (
	"path/filepath"
	"slices"
	"sort"
)

// Callers returns the directories of the repository whose local module
// calls use dir as their source, absolute, in path order: where a module's
// variables get their values. It reads the same module files as IsCalled.
func (r *Repository) Callers(dir string) []string {
	abs, ok := r.lockFor(dir)
	if !ok {
		return nil
	}
	defer r.mu.Unlock()
	callers := slices.Clone(r.callersOf([]string{abs})[abs])
	slices.Sort(callers)
	return callers
}

// RootsCalling returns the directories that reach dir through local module
// calls, directly or through other called directories, and that no other
// directory of the repository calls: the roots whose checks show what dir's
// code holds. They are absolute, in path order; none when no literal local
// source of the repository leads to dir (a module installed under
// .terraform, a source computed from a variable). It reads the module files
// once for each step away from dir, and parses only those whose text may
// name a directory on the way.
func (r *Repository) RootsCalling(dir string) []string {
	abs, ok := r.lockFor(dir)
	if !ok {
		return nil
	}
	defer r.mu.Unlock()
	var roots []string
	seen := map[string]bool{abs: true}
	for step := []string{abs}; len(step) > 0; {
		callers := r.callersOf(step)
		var next []string
		for _, d := range step {
			if len(callers[d]) == 0 && d != abs {
				roots = append(roots, d)
			}
			for _, caller := range callers[d] {
				if !seen[caller] {
					seen[caller] = true
					next = append(next, caller)
				}
			}
		}
		step = next
	}
	sort.Strings(roots)
	return roots
}

// callersOf returns, for each of dirs, the other directories whose module
// files call it, each directory once, remembered for later questions; the
// caller holds r.mu.
func (r *Repository) callersOf(dirs []string) map[string][]string {
	var unknown []string
	for _, dir := range dirs {
		if _, ok := r.callers[dir]; !ok {
			unknown = append(unknown, dir)
			r.callers[dir] = nil
		}
	}
	if len(unknown) > 0 {
		r.eachCall(unknown, func(dir, path string) bool {
			if caller := filepath.Dir(path); !slices.Contains(r.callers[dir], caller) {
				r.callers[dir] = append(r.callers[dir], caller)
			}
			return true
		})
		for _, dir := range unknown {
			r.called[dir] = len(r.callers[dir]) > 0
		}
	}
	found := map[string][]string{}
	for _, dir := range dirs {
		found[dir] = r.callers[dir]
	}
	return found
}

// lockFor readies the index for a question about dir and takes r.mu, which
// the caller releases; ok is false, unlocked, when dir has no canonical path.
func (r *Repository) lockFor(dir string) (abs string, ok bool) {
	abs, err := Canonical(dir)
	if err != nil {
		return "", false
	}
	r.read()
	r.mu.Lock()
	return abs, true
}
