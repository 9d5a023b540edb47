package ruletest

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// The files that lay a fixture out as a directory tree, for rules that read
// what lies around the module on disk (the repository, its documents).
const (
	// ModuleDirFile names the fixture's subdirectory that holds the module
	// under check, such as repo/envs/prod; the fixture's other files are
	// then on disk only, around it.
	ModuleDirFile = "module_dir.txt"
	// RepositoryFile has the fixture checked from a copy in a temporary
	// directory, away from the repository this project's testdata lie in.
	// Each line names a directory of the fixture that holds .git in the copy
	// (. for the fixture's own); an empty file puts no repository around it.
	RepositoryFile = "repository.txt"
)

// moduleDir is the directory of the module under check, relative to the
// fixture and slash-separated: what ModuleDirFile names, else ".".
func moduleDir(sources map[string][]byte) (string, error) {
	src, ok := sources[ModuleDirFile]
	if !ok {
		return ".", nil
	}
	dir, err := localDir(strings.TrimSpace(string(src)))
	if err != nil {
		return "", fmt.Errorf("%s: %w", ModuleDirFile, err)
	}
	return dir, nil
}

// localDir checks that dir is a directory inside the fixture.
func localDir(dir string) (string, error) {
	if dir == "" || !filepath.IsLocal(filepath.FromSlash(dir)) {
		return "", fmt.Errorf("want a directory inside the fixture, got %q", dir)
	}
	return path.Clean(dir), nil
}

// copyTree copies the fixture in dir to a new temporary directory, symbolic
// links as links, gives the directories repositories lists a .git
// directory, and returns the copy's directory.
func copyTree(t *testing.T, dir, repositories string) string {
	t.Helper()
	root := t.TempDir()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		to := filepath.Join(root, rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(target, to)
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, src, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(repositories, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		repo, err := localDir(line)
		if err != nil {
			t.Fatalf("%s: %v", RepositoryFile, err)
		}
		if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(repo), ".git"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return root
}
