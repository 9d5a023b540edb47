package repository

import (
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
)

// DirsUnder returns the directories at or under dir that hold Terraform
// files, absolute, in path order. Unlike Dirs it walks only dir's subtree, so
// that a worker of a recursive run that needs a few directories of a large
// repository does not pay for all of them. It leaves out what Dirs leaves out.
func DirsUnder(dir string) []string {
	abs, err := Canonical(dir)
	if err != nil {
		return nil
	}
	var dirs []string
	seen := map[string]bool{}
	_ = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if path != abs && skipDir(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if parent := filepath.Dir(path); IsTerraformFile(d.Name()) && !seen[parent] {
			seen[parent] = true
			dirs = append(dirs, parent)
		}
		return nil
	})
	sort.Strings(dirs)
	return dirs
}

// Rel is dir relative to the repository root with forward slashes ("." for
// the root): how a directory is named in messages and settings, whatever the
// directory a run started in.
func (r *Repository) Rel(dir string) (string, bool) {
	abs, err := Canonical(dir)
	if err != nil || !Within(abs, r.Root) {
		return "", false
	}
	rel, err := filepath.Rel(r.Root, abs)
	if err != nil {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// Segments are the path segments of dir under the repository root; none for
// the root itself.
func (r *Repository) Segments(dir string) ([]string, bool) {
	rel, ok := r.Rel(dir)
	if !ok {
		return nil, false
	}
	if rel == "." {
		return nil, true
	}
	return strings.Split(rel, "/"), true
}
