package ruletest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// Strict wraps a test runner the way the ruleset wraps the host's, with a
// strict schema of what the rule reads: reading a resource attribute or block
// that the rule's Reads does not declare is a bug, and panics.
func Strict(rule tflint.Rule, runner tflint.Runner, settings model.Settings) tflint.Runner {
	settings.Schema = model.NewSchema(true, model.ReadsOf(rule)...)
	return model.NewRunner(runner, settings)
}

// ModuleRunner lays out a configuration on disk (so that local module calls
// can be read) and returns a test runner over its root files. Keys are paths
// relative to the root directory; files in subdirectories are only on disk,
// like the files of a called module.
func ModuleRunner(t *testing.T, files map[string]string) (*helper.Runner, string) {
	t.Helper()
	dir := t.TempDir()
	root := map[string]string{}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if filepath.Dir(name) == "." && name != ".tflint.hcl" {
			root[path] = src
		} else if name == ".tflint.hcl" {
			root[name] = src
		}
	}
	return helper.TestRunner(t, root), dir
}

// ChildRunner is a test runner that checks the module call at Path, as the
// runners TFLint starts for module calls do.
type ChildRunner struct {
	*helper.Runner
	Path addrs.Module
}

// GetModulePath is the module call's path.
func (r ChildRunner) GetModulePath() (addrs.Module, error) { return r.Path, nil }

// AsChild makes a test runner check a module call named "child".
func AsChild(r *helper.Runner) ChildRunner { return ChildRunner{r, addrs.Module{"child"}} }

// Range is the range of an expected issue.
func Range(file string, l1, c1, l2, c2 int) hcl.Range {
	return hcl.Range{Filename: file, Start: hcl.Pos{Line: l1, Column: c1}, End: hcl.Pos{Line: l2, Column: c2}}
}
