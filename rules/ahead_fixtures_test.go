package rules

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// aheadAll checks every fixture in TestAheadFindsWhatSequentialChecksFind
// rather than the first of each directory: `go test -race ./rules/ -run
// AheadFindsWhat -ahead.all -timeout 60m` (each fixture reads the whole
// project as its repository, which takes minutes under -race).
var aheadAll = flag.Bool("ahead.all", false, "check every rule fixture computed ahead, not the first of each directory")

// The rule fixtures of the ruleset, checked with all rules computed ahead,
// get the issues a sequential check gets. Run with -race, this is where
// state the rules share without a lock shows.
func TestAheadFindsWhatSequentialChecksFind(t *testing.T) {
	cases := fixtureCases(t, "testdata", "cloudfrontorigin/testdata", "encryptionatrest/testdata", "kmskeyregional/testdata", "multiregion/testdata")
	if len(cases) == 0 {
		t.Fatal("no fixture found")
	}
	if !*aheadAll {
		cases = firstOfEachDirectory(cases)
	}
	rules := NewRuleSet().Rules
	for _, dir := range cases {
		t.Run(dir, func(t *testing.T) {
			c := ruletest.Load(t, dir)
			for name, value := range c.Env {
				t.Setenv(name, value)
			}
			// Computed ahead first: the caches a sequential check fills
			// (probes, elections) would leave nothing to compute at once.
			ahead := checkFixture(t, c, rules, func(runner *model.Runner) tflint.Runner { return newAheadCheck(runner, rules) })
			sequential := checkFixture(t, c, rules, func(runner *model.Runner) tflint.Runner { return runner })
			if !slices.Equal(ahead, sequential) {
				t.Errorf("computed ahead, the issues are\n%q\nwant the sequential check's\n%q", ahead, sequential)
			}
		})
	}
}

// checkFixture checks every rule on the fixture as the SDK does, on the
// runner check makes of the model's, and returns the issues.
func checkFixture(t *testing.T, c *ruletest.Case, rules []tflint.Rule, check func(*model.Runner) tflint.Runner) []string {
	t.Helper()
	h, modelRunner := fixtureRunner(t, c, rules, func(host tflint.Runner) tflint.Runner { return host })
	runner := check(modelRunner)
	for _, rule := range rules {
		if err := rule.Check(runner); err != nil {
			break
		}
	}
	var issues []string
	for _, issue := range h.Issues {
		issues = append(issues, fmt.Sprintf("%s %s: %s", issue.Rule.Name(), issue.Range, issue.Message))
	}
	return issues
}

// fixtureCases lists the fixture directories under the roots: the first
// directories, going down, that hold configuration or lay out a repository.
func fixtureCases(t *testing.T, roots ...string) []string {
	t.Helper()
	var cases []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() || path == root {
				return err
			}
			entries, err := os.ReadDir(path)
			if err != nil {
				return err
			}
			for _, e := range entries {
				name := e.Name()
				if !e.IsDir() && (filepath.Ext(name) == ".tf" || filepath.Ext(name) == ".json" || name == ruletest.RepositoryFile) {
					cases = append(cases, path)
					return filepath.SkipDir
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return cases
}

// fixtureRunner is the model's runner of a check of the fixture by the rules,
// as the ruleset makes it, around the runner host makes of the SDK's test
// runner (a called module's, when the fixture checks one); the test runner
// holds the issues.
func fixtureRunner(t *testing.T, c *ruletest.Case, rules []tflint.Rule, host func(tflint.Runner) tflint.Runner) (*helper.Runner, *model.Runner) {
	t.Helper()
	h := helper.TestRunner(t, c.Files)
	var runner tflint.Runner = h
	if c.ModuleCall != nil {
		runner = ruletest.ChildRunner{Runner: h, Path: c.ModuleCall}
	}
	var settings model.Settings
	if c.Plugin != nil {
		settings = *c.Plugin
	}
	settings.Schema = schemaOf(rules)
	return h, model.NewRunner(host(runner), settings)
}

// firstOfEachDirectory keeps the first fixture of each directory of fixtures.
func firstOfEachDirectory(cases []string) []string {
	seen := map[string]bool{}
	var first []string
	for _, dir := range cases {
		if parent := filepath.Dir(dir); !seen[parent] {
			seen[parent] = true
			first = append(first, dir)
		}
	}
	return first
}
