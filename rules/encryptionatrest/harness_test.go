package encryptionatrest

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// testRule decodes its rule block the way the ruleset does.
func testRule() *Rule {
	return New(func(runner tflint.Runner, name string, target any) error {
		return runner.DecodeRuleConfig(name, target)
	}, func(name string, err error) error { return fmt.Errorf("rule %q: %w", name, err) })
}

// want is an expected issue: its file, start line and column, end line and
// column, and fragments of its message.
type want struct {
	file     string
	start    [2]int
	end      [2]int
	contains []string
}

type testCase struct {
	name  string
	files map[string]string
	child bool
	want  []want
}

func run(t *testing.T, cases []testCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runner, _ := ruletest.ModuleRunner(t, tc.files)
			rule := testRule()
			var checked tflint.Runner = runner
			if tc.child {
				checked = ruletest.AsChild(runner)
			}
			err := rule.Check(ruletest.Strict(rule, checked, model.Settings{}))
			if err != nil {
				t.Fatal(err)
			}
			got := runner.Issues
			used := make([]bool, len(got))
			for _, w := range tc.want {
				found := false
				for i, issue := range got {
					r := issue.Range
					if used[i] || filepath.Base(r.Filename) != w.file ||
						[2]int{r.Start.Line, r.Start.Column} != w.start || [2]int{r.End.Line, r.End.Column} != w.end {
						continue
					}
					ok := true
					for _, frag := range w.contains {
						ok = ok && strings.Contains(issue.Message, frag)
					}
					if ok {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("no issue at %s:%v-%v containing %q", w.file, w.start, w.end, w.contains)
				}
			}
			for i, issue := range got {
				if !used[i] {
					t.Errorf("unexpected issue at %s:%d:%d-%d:%d: %s", filepath.Base(issue.Range.Filename),
						issue.Range.Start.Line, issue.Range.Start.Column, issue.Range.End.Line, issue.Range.End.Column, issue.Message)
				}
			}
		})
	}
}

// config is a .tflint.hcl enabling the rule with the given settings.
func config(settings string) string {
	return "rule \"aws_encryption_at_rest_missing\" {\n  enabled = true\n" + settings + "\n}\n"
}

func TestBadRegionSetting(t *testing.T) {
	runner, _ := ruletest.ModuleRunner(t, map[string]string{
		".tflint.hcl": config(`  ebs_default_regions = ["us-east-1", "Virginia"]`),
		"main.tf":     `resource "aws_ebs_volume" "a" {}`,
	})
	rule := testRule()
	err := rule.Check(ruletest.Strict(rule, runner, model.Settings{}))
	if err == nil || !strings.Contains(err.Error(), `"Virginia" is not an AWS region name`) {
		t.Fatalf("err = %v, want a config error naming the bad region", err)
	}
	if errors.Unwrap(err) == nil {
		t.Error("the config error should wrap its cause")
	}
}
