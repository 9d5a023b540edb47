package integration

import (
	"os"
	"path/filepath"
	"testing"
)

// repositoryFile marks a fixture whose findings depend on the repository
// around it (its documents and CI files, paths from the repository's top).
// Such a fixture runs from a copy that is the top of a repository of its
// own, as the rule fixtures' repository.txt has them checked: in place, the
// repository around it would be this project's, whose own pages
// (docs/rules/…) show scanner commands. Unlike a rule fixture's, the file
// lists no directories (the copy's top holds .git); it holds a line saying
// why the fixture needs it.
const repositoryFile = "repository.txt"

// examplesDir holds the bundled examples. They run as `make demo` runs them:
// from a copy in a repository of their own, so that their goldens show what
// the plugin says about them standing alone.
const examplesDir = "../examples"

// runDir is the directory to run tflint in for a fixture: the fixture
// itself, or a standalone copy of it (see repositoryFile and examplesDir).
// TFLint names files relative to the directory it runs in, so the copy's
// output matches the fixture's result.json.
func runDir(t *testing.T, fixture string) string {
	t.Helper()
	if filepath.Dir(fixture) == examplesDir {
		return standalone(t, fixture)
	}
	if _, err := os.Stat(filepath.Join(fixture, repositoryFile)); err == nil {
		return standalone(t, fixture)
	}
	return fixture
}

// standalone copies a fixture into a temporary directory that is the top of
// a repository of its own (it holds .git), and returns the copy's directory.
func standalone(t *testing.T, fixture string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(fixture)); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
