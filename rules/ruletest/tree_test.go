package ruletest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// A fixture laid out as a tree is checked from a copy: the module under
// check is its module_dir.txt's directory, repository.txt's directories
// hold .git there, and issues in the copy are named as in the fixture.
func TestLoadTree(t *testing.T) {
	c := Load(t, "testdata/tree")
	if strings.HasPrefix(c.root, "testdata") || !filepath.IsAbs(c.root) {
		t.Fatalf("checked from %s, not a copy", c.root)
	}
	main := filepath.Join(c.root, "repo/envs/prod/main.tf")
	if !reflect.DeepEqual(c.Files, map[string]string{main: "resource \"a\" \"b\" {} # want \"b\"\n"}) {
		t.Errorf("files %q", c.Files)
	}
	if _, ok := c.fixed[main]; !ok || len(c.fixed) != 1 {
		t.Errorf("fixed %q", c.fixed)
	}
	var wants []string
	for _, w := range c.Wants {
		wants = append(wants, w.String())
	}
	if want := []string{`repo/envs/prod/main.tf:1: want "b"`, `repo/top.tf:1: want "c"`}; !reflect.DeepEqual(wants, want) {
		t.Errorf("wants %q, want %q", wants, want)
	}
	if info, err := os.Stat(filepath.Join(c.root, "repo/.git")); err != nil || !info.IsDir() {
		t.Errorf("repo/.git in the copy: %v", err)
	}
	if target, err := os.Readlink(filepath.Join(c.root, "repo/linked.md")); err != nil || target != "README.md" {
		t.Errorf("repo/linked.md in the copy links to %q: %v", target, err)
	}
	got := c.relative(helper.Issues{{Range: Range(main, 1, 1, 1, 2)}})
	if got[0].Range.Filename != "repo/envs/prod/main.tf" {
		t.Errorf("an issue in the copy is named %s", got[0].Range.Filename)
	}
}

func TestTreeFileErrors(t *testing.T) {
	for _, bad := range []string{"", "../elsewhere", "/abs"} {
		if _, err := moduleDir(map[string][]byte{ModuleDirFile: []byte(bad)}); err == nil {
			t.Errorf("module_dir.txt %q: no error", bad)
		}
	}
	if dir, err := moduleDir(map[string][]byte{}); dir != "." || err != nil {
		t.Errorf("without module_dir.txt: %q, %v", dir, err)
	}
}
