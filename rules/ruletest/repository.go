package ruletest

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// Repository lays out a repository on disk: files by path relative to its
// top, which gets a .git directory. Rules that read other directories of the
// repository (stacks, local modules) find them there. It returns the top,
// free of symlinks as the repository package names directories.
func Repository(t testing.TB, files map[string]string) string {
	t.Helper()
	top, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	files[".git/HEAD"] = "ref: refs/heads/main\n"
	for name, src := range files {
		path := filepath.Join(top, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return top
}

// DirRunner is a test runner over one directory of a repository laid out
// by Repository, as `tflint --recursive` checks each directory: its
// Terraform files, named by absolute path, and its .tflint.hcl when it has one.
func DirRunner(t *testing.T, top, dir string) *helper.Runner {
	t.Helper()
	abs := filepath.Join(top, dir)
	entries, err := os.ReadDir(abs)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".tf") && !strings.HasSuffix(name, ".tf.json") && name != ".tflint.hcl" {
			continue
		}
		src, err := os.ReadFile(filepath.Join(abs, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == ".tflint.hcl" {
			files[name] = string(src)
		} else {
			files[filepath.Join(abs, name)] = string(src)
		}
	}
	return helper.TestRunner(t, files)
}

// TerraformDirs lists the directories of a file layout that hold Terraform
// files, in path order: the directories a recursive run checks.
func TerraformDirs(files map[string]string) []string {
	seen := map[string]bool{}
	var dirs []string
	for name := range files {
		if strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json") {
			if dir := filepath.Dir(name); !seen[dir] {
				seen[dir] = true
				dirs = append(dirs, dir)
			}
		}
	}
	sort.Strings(dirs)
	return dirs
}
