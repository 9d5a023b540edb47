package repository

import (
	"fmt"
	"path/filepath"
	"testing"
)

// TestAroundWithoutGit: in a tree without .git (an unpacked archive) the
// directory the run started in is the repository's top when it holds the
// checked directory, so that called module directories are still known.
func TestAroundWithoutGit(t *testing.T) {
	top := layout(t, map[string]string{
		"live/prod/main.tf":       `module "net" { source = "../../modules/network" }`,
		"modules/network/main.tf": `provider "aws" { region = var.region }`,
	})
	if FindRoot(top) != "" {
		t.Skip("the temporary directory is inside a repository")
	}
	network := filepath.Join(top, "modules", "network")
	repo := Around(network, top)
	if repo == nil || repo.Root != top {
		t.Fatalf("Around(modules/network, top) = %+v, want root %s", repo, top)
	}
	if !repo.IsCalled(network) {
		t.Error("modules/network is called from live/prod")
	}
	if Around(network, top) != repo || Around(top, top).index != repo.index {
		t.Error("the same top gives the same repository, read once")
	}
	if r := Around(filepath.Join(top, "live", "prod"), network); r != nil {
		t.Errorf("a start that does not hold the directory gives no repository, got %s", r.Root)
	}
	if r := Around(network, ""); r != nil {
		t.Errorf("no start gives no repository, got %s", r.Root)
	}
}

// TestAroundPrefersGit: a directory holding .git is the top whatever the start.
func TestAroundPrefersGit(t *testing.T) {
	top := layout(t, map[string]string{
		".git/HEAD":         "ref: refs/heads/main\n",
		"live/prod/main.tf": "",
	})
	prod := filepath.Join(top, "live", "prod")
	if repo := Around(prod, prod); repo == nil || repo.Root != top {
		t.Fatalf("Around = %+v, want root %s", repo, top)
	}
}

func TestIsSample(t *testing.T) {
	top := layout(t, map[string]string{".git/HEAD": "ref: refs/heads/main\n"})
	repo := Around(top, "")
	for dir, want := range map[string]bool{
		".":                       false,
		"live/prod":               false,
		"examples/basic":          true,
		"example":                 true,
		"tests/unit":              true,
		"modules/vpc/test":        true,
		"modules/vpc/tests/unit":  true,
		"testing/prod":            false,
		"live/examples-prod":      false,
		"modules/latest/examples": true,
	} {
		if got := repo.IsSample(filepath.Join(top, dir)); got != want {
			t.Errorf("IsSample(%s) = %v, want %v", dir, got, want)
		}
	}
	if Around(filepath.Join(top, "examples", "live"), filepath.Join(top, "examples")).IsSample(filepath.Join(top, "examples", "live")) {
		t.Error("a run started in examples/ judges what lies below it")
	}
	if repo.IsSample(filepath.Dir(top)) {
		t.Error("a directory outside the repository is no sample of it")
	}
}

// TestSamplesBelowTheStart: a run started inside a sample directory was asked
// to judge it; only the segments below its start count there.
func TestSamplesBelowTheStart(t *testing.T) {
	top := layout(t, map[string]string{".git/HEAD": "ref: refs/heads/main\n"})
	demo := filepath.Join(top, "examples", "demo")
	for _, tc := range []struct {
		start, dir string
		want       bool
	}{
		{top, "examples/demo", true},
		{demo, "examples/demo", false},
		{demo, "examples/demo/tests/unit", true},
		{filepath.Join(top, "examples"), "examples/demo", false},
		{filepath.Join(top, "live"), "examples/demo", true}, // the start does not hold it
		{filepath.Dir(top), "examples/demo", true},          // the start lies above the repository
	} {
		if got := Around(filepath.Join(top, tc.dir), tc.start).IsSample(filepath.Join(top, tc.dir)); got != tc.want {
			t.Errorf("started in %s, IsSample(%s) = %v, want %v", tc.start, tc.dir, got, tc.want)
		}
	}
}

// TestAroundBoundsTheStart: a tree without .git too large to be a
// repository (a run started in a home directory) is none.
func TestAroundBoundsTheStart(t *testing.T) {
	defer func(limit int) { maxStartDirs = limit }(maxStartDirs)
	maxStartDirs = 50
	files := map[string]string{}
	for i := 0; i <= maxStartDirs; i++ {
		files[fmt.Sprintf("d%03d/x", i)] = ""
	}
	files["live/prod/main.tf"] = ""
	top := layout(t, files)
	if FindRoot(top) != "" {
		t.Skip("the temporary directory is inside a repository")
	}
	if r := Around(filepath.Join(top, "live", "prod"), top); r != nil {
		t.Errorf("Around = %s, want no repository past %d directories", r.Root, maxStartDirs)
	}
}
