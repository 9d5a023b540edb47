package repository

// sampleDirs name the directories that hold examples and tests of a module:
// configurations nobody deploys.
var sampleDirs = map[string]bool{"examples": true, "example": true, "test": true, "tests": true}

// IsSampleName reports whether a directory name names examples or tests
// (examples, example, test, tests).
func IsSampleName(name string) bool {
	return sampleDirs[name]
}

// IsSample reports whether dir lies in a directory of examples or tests
// under the repository's top (`examples/basic`, `modules/x/tests/unit`):
// such a directory is never a deployment. The top's own name does not count.
func (r *Repository) IsSample(dir string) bool {
	segments, ok := r.Segments(dir)
	if !ok {
		return false
	}
	for _, seg := range segments {
		if IsSampleName(seg) {
			return true
		}
	}
	return false
}
