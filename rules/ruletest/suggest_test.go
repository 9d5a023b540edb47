package ruletest

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// A suggested want, written on the issue's line, meets the issue.
func TestSuggestRoundTrip(t *testing.T) {
	src := `resource "a" "b" {
  cidrs = ["0.0.0.0/0", "0.0.0.0/0"]
  list = [
    "x",
  ]
  name = "é"
}
`
	rule := &namedRule{name: "r"}
	for _, r := range []hcl.Range{
		Range("main.tf", 1, 1, 1, 17),  // resource "a" "b"
		Range("main.tf", 2, 26, 2, 35), // the second 0.0.0.0/0
		Range("main.tf", 3, 10, 5, 4),  // the list
		Range("main.tf", 6, 10, 6, 13), // "é"
	} {
		issue := &helper.Issue{Rule: rule, Message: `a (message) with "quotes" and \ [brackets]`, Range: r}
		suggestion := Suggest(issue, []byte(src))
		if suggestion == "" {
			t.Fatalf("%s: no suggestion", span(r))
		}
		lines := strings.Split(src, "\n")
		lines[r.Start.Line-1] += " # want " + suggestion
		wants, err := ParseComments("main.tf", []byte(strings.Join(lines, "\n")))
		if err != nil {
			t.Fatalf("%s: %s: %v", span(r), suggestion, err)
		}
		if problems := Match("r", wants, helper.Issues{issue}); len(problems) > 0 {
			t.Errorf("%s: %s: %v", span(r), suggestion, problems)
		}
	}
	if s := Suggest(&helper.Issue{Rule: rule, Range: Range("main.tf", 40, 1, 40, 2)}, []byte(src)); s != "" {
		t.Errorf("a range outside the file: %q", s)
	}
}
