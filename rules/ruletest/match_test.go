package ruletest

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

type namedRule struct {
	tflint.DefaultRule
	name string
}

func (r namedRule) Name() string              { return r.name }
func (r namedRule) Enabled() bool             { return true }
func (r namedRule) Severity() tflint.Severity { return tflint.ERROR }
func (r namedRule) Check(tflint.Runner) error { return nil }

func TestMatch(t *testing.T) {
	rule, other := &namedRule{name: "r"}, &namedRule{name: "other"}
	at := func(l1, c1, l2, c2 int) *hcl.Range {
		r := Range("main.tf", l1, c1, l2, c2)
		return &r
	}
	want := func(line int, pattern string, span *hcl.Range) Want {
		return Want{File: "main.tf", Line: line, Message: regexp.MustCompile(pattern), Span: span, Text: `"` + pattern + `"`}
	}
	issue := func(r tflint.Rule, msg string, rng *hcl.Range) *helper.Issue {
		return &helper.Issue{Rule: r, Message: msg, Range: *rng}
	}
	cases := []struct {
		name   string
		wants  []Want
		issues helper.Issues
		want   []string
	}{
		{
			name:   "all met",
			wants:  []Want{want(1, "open", at(1, 3, 1, 9)), want(4, "closed", nil)},
			issues: helper.Issues{issue(rule, "closed port", at(4, 1, 6, 2)), issue(rule, "open port", at(1, 3, 1, 9))},
		},
		{
			name:   "wrong message",
			wants:  []Want{want(1, "^open", nil)},
			issues: helper.Issues{issue(rule, "is open", at(1, 1, 1, 2))},
			want:   []string{`main.tf:1: no issue for want "^open"`, "main.tf:1: unexpected issue (1:1-1:2) r: is open"},
		},
		{
			name:   "wrong span",
			wants:  []Want{want(1, "open", at(1, 3, 1, 9))},
			issues: helper.Issues{issue(rule, "open", at(1, 3, 1, 10))},
			want:   []string{`main.tf:1: no issue for want "open" (1:3-1:9)`, "main.tf:1: unexpected issue (1:3-1:10) r: open"},
		},
		{
			name:   "wrong line",
			wants:  []Want{want(2, "open", nil)},
			issues: helper.Issues{issue(rule, "open", at(1, 3, 2, 10))},
			want:   []string{"main.tf:1: unexpected issue (1:3-2:10) r: open", `main.tf:2: no issue for want "open"`},
		},
		{
			name:   "another rule's issue",
			wants:  []Want{want(1, "open", nil)},
			issues: helper.Issues{issue(other, "open", at(1, 1, 1, 2))},
			want:   []string{`main.tf:1: no issue for want "open"`, "main.tf:1: unexpected issue (1:1-1:2) other: open"},
		},
		{
			name:   "another file",
			wants:  []Want{want(1, "open", nil)},
			issues: helper.Issues{{Rule: rule, Message: "open", Range: Range("other.tf", 1, 1, 1, 2)}},
			want:   []string{`main.tf:1: no issue for want "open"`, "other.tf:1: unexpected issue (1:1-1:2) r: open"},
		},
		{
			name:   "one issue, two wants",
			wants:  []Want{want(1, "open", nil), want(1, "open", nil)},
			issues: helper.Issues{issue(rule, "open", at(1, 1, 1, 2))},
			want:   []string{`main.tf:1: no issue for want "open"`},
		},
		{
			name:   "a loose want does not take the issue a strict one needs",
			wants:  []Want{want(1, "port", nil), want(1, "SSH", nil)},
			issues: helper.Issues{issue(rule, "SSH port", at(1, 1, 1, 2)), issue(rule, "RDP port", at(1, 1, 1, 2))},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range Match("r", tc.wants, tc.issues) {
				got = append(got, p.String())
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
