package repository

import (
	"path/filepath"
	"slices"
	"sort"
)

// RootsCalling returns the directories that reach dir through local module
// calls, directly or through other called directories, and that no other
// directory of the repository calls: the roots whose checks show what dir's
// code holds. They are absolute, in path order; none when no literal local
// source of the repository leads to dir (a module installed under
// .terraform, a source computed from a variable). Only the module files whose
// text may name a directory on the way are parsed.
func (r *Repository) RootsCalling(dir string) []string {
	abs, err := Canonical(dir)
	if err != nil {
		return nil
	}
	r.read()
	r.mu.Lock()
	defer r.mu.Unlock()
	var roots []string
	seen := map[string]bool{abs: true}
	for queue := []string{abs}; len(queue) > 0; queue = queue[1:] {
		for _, caller := range r.callersOf(queue[0]) {
			if seen[caller] {
				continue
			}
			seen[caller] = true
			if len(r.callersOf(caller)) == 0 {
				roots = append(roots, caller)
			} else {
				queue = append(queue, caller)
			}
		}
	}
	sort.Strings(roots)
	return roots
}

// callersOf returns the other directories whose module files call dir, once
// per directory; the caller holds r.mu.
func (r *Repository) callersOf(dir string) []string {
	if callers, ok := r.callers[dir]; ok {
		return callers
	}
	var callers []string
	r.eachCallingFile(dir, func(path string) bool {
		if d := filepath.Dir(path); !slices.Contains(callers, d) {
			callers = append(callers, d)
		}
		return true
	})
	r.callers[dir] = callers
	r.called[dir] = len(callers) > 0
	return callers
}
