package ruletest

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// Match pairs the wants with the issues the rule named rule emitted, whose
// file names are relative to the fixture directory like the wants'. It
// returns the wants no issue meets and the issues no want expects, sorted by
// file and line; none when they all pair up.
func Match(rule string, wants []Want, issues helper.Issues) []Problem {
	meets := func(w Want, is *helper.Issue) bool {
		r := is.Range
		if is.Rule == nil || is.Rule.Name() != rule || r.Filename != w.File || r.Start.Line != w.Line || !w.Message.MatchString(is.Message) {
			return false
		}
		return w.Span == nil || samePos(r.Start, w.Span.Start) && samePos(r.End, w.Span.End)
	}
	// Pair them as a maximum bipartite matching, so that a loose pattern
	// cannot take the issue a stricter want on the same line needs.
	wantOf := make([]int, len(issues))
	for i := range wantOf {
		wantOf[i] = -1
	}
	var augment func(w int, seen []bool) bool
	augment = func(w int, seen []bool) bool {
		for i, is := range issues {
			if seen[i] || !meets(wants[w], is) {
				continue
			}
			seen[i] = true
			if wantOf[i] < 0 || augment(wantOf[i], seen) {
				wantOf[i] = w
				return true
			}
		}
		return false
	}
	for w := range wants {
		augment(w, make([]bool, len(issues)))
	}
	met := make([]bool, len(wants))
	for _, w := range wantOf {
		if w >= 0 {
			met[w] = true
		}
	}

	var problems []Problem
	for w, ok := range met {
		if !ok {
			problems = append(problems, Problem{Want: &wants[w]})
		}
	}
	for i, is := range issues {
		if wantOf[i] < 0 {
			problems = append(problems, Problem{Issue: is})
		}
	}
	sort.SliceStable(problems, func(a, b int) bool {
		fa, la := problems[a].where()
		fb, lb := problems[b].where()
		return fa < fb || fa == fb && la < lb
	})
	return problems
}

// Problem is a want no issue meets (Issue is nil) or an issue no want
// expects (Want is nil).
type Problem struct {
	Want  *Want
	Issue *helper.Issue
}

func (p Problem) where() (string, int) {
	if p.Want != nil {
		return p.Want.File, p.Want.Line
	}
	return p.Issue.Range.Filename, p.Issue.Range.Start.Line
}

func (p Problem) String() string {
	if w := p.Want; w != nil {
		text := fmt.Sprintf("%s:%d: no issue for want %s", w.File, w.Line, w.Text)
		if w.Span != nil {
			text += " (" + span(*w.Span) + ")"
		}
		return text
	}
	name := "<no rule>"
	if p.Issue.Rule != nil {
		name = p.Issue.Rule.Name()
	}
	r := p.Issue.Range
	return fmt.Sprintf("%s:%d: unexpected issue (%s) %s: %s", r.Filename, r.Start.Line, span(r), name, p.Issue.Message)
}

func samePos(a, b hcl.Pos) bool { return a.Line == b.Line && a.Column == b.Column }

// span shows a range as line:column-line:column.
func span(r hcl.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column)
}
