package ruletest

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// The files of a fixture directory that are not configuration.
const (
	// WantFile holds the expectations about files that cannot hold
	// comments (JSON): one `<file>:<line> <expectations>` a line.
	WantFile = "want.txt"
	// ModuleCallFile makes the fixture a module call checked on its own, as
	// TFLint's child runners do; it holds the call's address, such as
	// `module.app` (or `module.a.module.b`).
	ModuleCallFile = "module_call.txt"
	// FixedSuffix names what a top-level file must be after the rule's
	// fixes: main.tf.fixed for main.tf. A file without one must not change.
	FixedSuffix = ".fixed"
)

// Case is one fixture directory: its top-level .tf and .tf.json files (or
// those of its ModuleDirFile's directory) are the module under check, its
// other files are on disk only (the modules local calls read), and
// .tflint.hcl configures the rule.
type Case struct {
	// Dir is the fixture directory; the runner's file names start with it,
	// or with its temporary copy's directory (RepositoryFile).
	Dir string
	// Files are the runner's files: the module under check by file name as
	// the runner sees it, and .tflint.hcl.
	Files map[string]string
	// Wants are the issues the rule must emit, no more, no fewer.
	Wants []Want
	// ModuleCall is the call the module is checked as; nil for the root.
	ModuleCall addrs.Module
	// Plugin holds the settings of .tflint.hcl's plugin "awsbaseline" block;
	// nil without one.
	Plugin *model.Settings
	// Env are the environment variables of env.txt, set while the fixture
	// is checked.
	Env map[string]string
	// fixed are the expected fixed sources, by runner file name.
	fixed map[string]string
	// sources are all files of the fixture, by path relative to Dir.
	sources map[string][]byte
	// root is where the runner finds the fixture's files: Dir, or its
	// temporary copy (RepositoryFile).
	root string
}

// path is where the runner finds the fixture's file rel (slash-separated,
// relative to Dir).
func (c *Case) path(rel string) string { return filepath.Join(c.root, filepath.FromSlash(rel)) }

// Run checks rule against every fixture directory in dir, each a subtest
// named after its directory.
func Run(t *testing.T, rule tflint.Rule, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	cases := 0
	for _, e := range entries {
		if e.IsDir() {
			cases++
			t.Run(e.Name(), func(t *testing.T) { Load(t, filepath.Join(dir, e.Name())).Check(t, rule) })
		}
	}
	if cases == 0 {
		t.Fatalf("no fixture directory in %s", dir)
	}
}

// Load reads the fixture in dir.
func Load(t *testing.T, dir string) *Case {
	t.Helper()
	sources := map[string][]byte{}
	c := &Case{Dir: dir, root: dir, Files: map[string]string{}, fixed: map[string]string{}, sources: sources}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		sources[filepath.ToSlash(rel)] = src
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	modDir, err := moduleDir(sources)
	if err != nil {
		t.Fatal(err)
	}
	if repositories, ok := sources[RepositoryFile]; ok {
		c.root = copyTree(t, dir, string(repositories))
	}
	for rel, src := range sources {
		inModule := path.Dir(rel) == modDir
		switch {
		case rel == ".tflint.hcl":
			settings, rest, err := splitPluginBlock(src)
			if err != nil {
				t.Fatal(err)
			}
			c.Files[rel], c.Plugin = string(rest), settings
		case rel == ModuleCallFile:
			c.ModuleCall = parseModuleCall(t, string(src))
		case rel == EnvFile:
			env, err := parseEnv(string(src))
			if err != nil {
				t.Fatal(err)
			}
			c.Env = env
		case rel == WantFile:
			wants, err := ParseWantFile(filepath.Join(dir, rel), src, sources)
			if err != nil {
				t.Fatal(err)
			}
			c.Wants = append(c.Wants, wants...)
		case inModule && strings.HasSuffix(rel, FixedSuffix):
			c.fixed[c.path(strings.TrimSuffix(rel, FixedSuffix))] = string(src)
		case strings.HasSuffix(rel, ".tf"):
			wants, err := ParseComments(rel, src)
			if err != nil {
				t.Fatal(err)
			}
			c.Wants = append(c.Wants, wants...)
		}
		if inModule && (strings.HasSuffix(rel, ".tf") || strings.HasSuffix(rel, ".tf.json")) {
			c.Files[c.path(rel)] = string(src)
		}
	}
	sort.SliceStable(c.Wants, func(i, j int) bool {
		return c.Wants[i].File < c.Wants[j].File || c.Wants[i].File == c.Wants[j].File && c.Wants[i].Line < c.Wants[j].Line
	})
	return c
}

// parseModuleCall reads a module call address: module.a.module.b is {a, b}.
func parseModuleCall(t *testing.T, text string) addrs.Module {
	t.Helper()
	parts := strings.Split(strings.TrimSpace(text), ".")
	var path addrs.Module
	for i := 0; i+1 < len(parts); i += 2 {
		if parts[i] != "module" || parts[i+1] == "" {
			break
		}
		path = append(path, parts[i+1])
	}
	if len(path) == 0 || 2*len(path) != len(parts) {
		t.Fatalf("%s: want a module call address such as module.app, got %q", ModuleCallFile, text)
	}
	return path
}

// Runner is a test runner over the fixture for a rule: the runner to check,
// as the root or as the module call, with the plugin block's settings and a
// strict schema of what the rule reads, and the helper runner that collects
// issues. It sets the fixture's environment variables until the test ends.
func (c *Case) Runner(t *testing.T, rule tflint.Rule) (tflint.Runner, *helper.Runner) {
	t.Helper()
	for name, value := range c.Env {
		t.Setenv(name, value)
	}
	h := helper.TestRunner(t, c.Files)
	var runner tflint.Runner = h
	if c.ModuleCall != nil {
		runner = ChildRunner{Runner: h, Path: c.ModuleCall}
	}
	var settings model.Settings
	if c.Plugin != nil {
		settings = *c.Plugin
	}
	return Strict(rule, runner, settings), h
}

// Check runs rule over the fixture and fails the test on every want no
// issue meets, every issue no want expects, and every fix that differs from
// the fixture's .fixed files. It returns the runner for further checks.
func (c *Case) Check(t *testing.T, rule tflint.Rule) *helper.Runner {
	t.Helper()
	runner, h := c.Runner(t, rule)
	if err := rule.Check(runner); err != nil {
		t.Fatalf("%s: %v", rule.Name(), err)
	}
	for _, problem := range Match(rule.Name(), c.Wants, c.relative(h.Issues)) {
		t.Errorf("%s/%s%s", c.Dir, problem, c.hint(problem))
	}
	for _, problem := range c.fixProblems(h.Changes()) {
		t.Error(problem)
	}
	return h
}

// hint says how to expect an unexpected issue.
func (c *Case) hint(p Problem) string {
	if p.Issue == nil {
		return ""
	}
	file := p.Issue.Range.Filename
	suggestion := Suggest(p.Issue, c.sources[file])
	switch {
	case suggestion == "":
		return ""
	case strings.HasSuffix(file, ".json"):
		return fmt.Sprintf("\n\tto expect it, in %s: %s:%d %s", WantFile, file, p.Issue.Range.Start.Line, suggestion)
	default:
		return "\n\tto expect it: # want " + suggestion
	}
}

// relative are issues with file names relative to the fixture directory.
func (c *Case) relative(issues helper.Issues) helper.Issues {
	abs, _ := filepath.Abs(c.root)
	out := make(helper.Issues, len(issues))
	for i, is := range issues {
		copied := *is
		name := is.Range.Filename
		if filepath.IsAbs(name) {
			if rel, err := filepath.Rel(abs, name); err == nil {
				name = rel
			}
		} else if rel, err := filepath.Rel(c.root, name); err == nil {
			name = rel
		}
		copied.Range.Filename = filepath.ToSlash(name)
		out[i] = &copied
	}
	return out
}

// fixProblems compares the fixed files with the fixture's .fixed files.
func (c *Case) fixProblems(changes map[string][]byte) []string {
	var problems []string
	for name, src := range changes {
		want, ok := c.fixed[name]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("%s: the rule's fixes change it, but there is no %s%s; fixed:\n%s", name, name, FixedSuffix, src))
		case string(src) != want:
			problems = append(problems, fmt.Sprintf("%s: fixed:\n%s\nwant (%s%s):\n%s", name, src, name, FixedSuffix, want))
		}
	}
	for name := range c.fixed {
		if _, ok := changes[name]; !ok {
			problems = append(problems, fmt.Sprintf("%s: no fix changes it, but there is %s%s", name, name, FixedSuffix))
		}
	}
	sort.Strings(problems)
	return problems
}
