package ruletest

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// Match pairs the wants with the issues the rule named rule emitted, whose
// file names are relative to the fixture directory like the wants'. It
// returns one line per want no issue meets and per issue no want expects,
// sorted by file and line; none when they all pair up.
func Match(rule string, wants []Want, issues helper.Issues) []string {
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

	type problem struct {
		file string
		line int
		text string
	}
	var problems []problem
	for w, ok := range met {
		if !ok {
			want := wants[w]
			text := fmt.Sprintf("%s:%d: no issue for want %s", want.File, want.Line, want.Text)
			if want.Span != nil {
				text += " (" + span(*want.Span) + ")"
			}
			problems = append(problems, problem{want.File, want.Line, text})
		}
	}
	for i, is := range issues {
		if wantOf[i] < 0 {
			name := "<no rule>"
			if is.Rule != nil {
				name = is.Rule.Name()
			}
			r := is.Range
			problems = append(problems, problem{r.Filename, r.Start.Line, fmt.Sprintf("%s:%d: unexpected issue (%s) %s: %s", r.Filename, r.Start.Line, span(r), name, is.Message)})
		}
	}
	sort.SliceStable(problems, func(a, b int) bool {
		if problems[a].file != problems[b].file {
			return problems[a].file < problems[b].file
		}
		return problems[a].line < problems[b].line
	})
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = p.text
	}
	return lines
}

func samePos(a, b hcl.Pos) bool { return a.Line == b.Line && a.Column == b.Column }

// span shows a range as line:column-line:column.
func span(r hcl.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column)
}
