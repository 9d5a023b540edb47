package report

import (
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// ignorePattern is TFLint's line annotation: "tflint-ignore: rule_a, rule_b".
var ignorePattern = regexp.MustCompile(`tflint-ignore: ([^\n*/#]+)`)

// ignored tells whether TFLint drops an issue of the rule at a location: a
// tflint-ignore comment on its first line or the line above names the rule
// or "all". A call acknowledged this way must not carry, and so hide, the
// one issue of a cause that other calls share.
func (r *Reporter) ignored(at hcl.Range) bool {
	for _, names := range r.annotations(at.Filename)[at.Start.Line] {
		for _, name := range strings.Split(names, ",") {
			if name = strings.TrimSpace(name); name == r.rule.Name() || name == "all" {
				return true
			}
		}
	}
	return false
}

// annotations are the tflint-ignore rule lists of a file, by each line they
// apply to (the comment's and the next); none for JSON files, whose
// annotations are not comments.
func (r *Reporter) annotations(filename string) map[int][]string {
	if lines, ok := r.ignores[filename]; ok {
		return lines
	}
	lines := map[int][]string{}
	if r.ignores == nil {
		r.ignores = map[string]map[int][]string{}
	}
	r.ignores[filename] = lines
	file, err := r.runner.GetFile(filename)
	if err != nil || file == nil || !strings.HasSuffix(filename, ".tf") {
		return lines
	}
	tokens, _ := hclsyntax.LexConfig(file.Bytes, filename, hcl.InitialPos)
	for _, tok := range tokens {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		if m := ignorePattern.FindSubmatch(tok.Bytes); m != nil {
			line := tok.Range.Start.Line
			lines[line] = append(lines[line], string(m[1]))
			lines[line+1] = append(lines[line+1], string(m[1]))
		}
	}
	return lines
}
