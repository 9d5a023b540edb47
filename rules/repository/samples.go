package repository

import (
	"path/filepath"
	"strings"
)

// sampleDirs name the directories that hold examples and tests of a module:
// configurations nobody deploys.
var sampleDirs = map[string]bool{"examples": true, "example": true, "test": true, "tests": true}

// IsSampleDir reports whether a directory name holds examples or tests.
func IsSampleDir(name string) bool { return sampleDirs[name] }

// IsSample reports whether dir lies in a directory of examples or tests
// under the repository's top (`examples/basic`, `modules/x/tests/unit`):
// such a directory is never a deployment. Only the segments below the top
// count, and below the directory the run started in when that holds dir:
// a run started in `examples/demo` was asked to judge it.
func (r *Repository) IsSample(dir string) bool {
	abs, err := Canonical(dir)
	if err != nil || !Within(abs, r.Root) {
		return false
	}
	base := r.Root
	if r.start != "" && Within(abs, r.start) {
		base = r.start
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil || rel == "." {
		return false
	}
	for _, seg := range strings.Split(filepath.ToSlash(rel), "/") {
		if IsSampleDir(seg) {
			return true
		}
	}
	return false
}
