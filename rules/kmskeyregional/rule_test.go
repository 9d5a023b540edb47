package kmskeyregional

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// providers are two aliased regions and a default one.
const providers = `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
`

// keyPerRegion gives each region a key, so that only reference findings remain.
const keyPerRegion = `
resource "aws_kms_key" "east" {
  provider = aws.east
}
resource "aws_kms_key" "west" {
  provider = aws.west
}
`

type wantIssue struct {
	file string
	// start and end are line, column pairs.
	start, end [2]int
	// contains are fragments of the message.
	contains []string
}

func runRule(t *testing.T, files map[string]string, child bool, want []wantIssue) {
	t.Helper()
	runner, _ := ruletest.ModuleRunner(t, files)
	rule := New()
	var checked tflint.Runner = runner
	if child {
		checked = ruletest.AsChild(runner)
	}
	err := rule.Check(ruletest.Strict(rule, checked, model.Settings{}))
	if err != nil {
		t.Fatal(err)
	}
	got := runner.Issues
	if len(got) != len(want) {
		t.Errorf("got %d issues, want %d", len(got), len(want))
	}
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, issue := range got {
			r := issue.Range
			if used[i] || filepath.Base(r.Filename) != w.file ||
				[2]int{r.Start.Line, r.Start.Column} != w.start || [2]int{r.End.Line, r.End.Column} != w.end {
				continue
			}
			matches := true
			for _, frag := range w.contains {
				matches = matches && strings.Contains(issue.Message, frag)
			}
			if matches {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("no issue at %s:%v-%v containing %q", w.file, w.start, w.end, w.contains)
		}
	}
	if t.Failed() {
		for _, issue := range got {
			t.Logf("got %s:%d,%d-%d,%d %s", filepath.Base(issue.Range.Filename), issue.Range.Start.Line, issue.Range.Start.Column, issue.Range.End.Line, issue.Range.End.Column, issue.Message)
		}
	}
}
