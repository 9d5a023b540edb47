package report

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TFLint's annotations (tflint/annotation.go of TFLint v0.64.0): a line's
// "tflint-ignore: rule_a, rule_b", and a file's "tflint-ignore-file: rule_a"
// in a comment that starts the file, or at the start of the top-level "//"
// property of a JSON file.
var (
	lineIgnore = regexp.MustCompile(`tflint-ignore: ([^\n*/#]+)`)
	fileIgnore = regexp.MustCompile(`tflint-ignore-file: ([^\n*/#]+)`)
)

// annotations are the rule lists a file's annotations name.
type annotations struct {
	// file lists the rules the whole file ignores.
	file []string
	// lines lists, by each line they apply to (the comment's and the next),
	// the rules a line annotation ignores.
	lines map[int][]string
}

// ignored tells whether TFLint drops an issue of the rule at a location. A
// call acknowledged this way must not carry, and so hide, the one issue of a
// cause that other calls share.
func (r *Reporter) ignored(at hcl.Range) bool {
	a := r.annotations(at.Filename)
	for _, names := range append(append([]string{}, a.file...), a.lines[at.Start.Line]...) {
		for _, name := range strings.Split(names, ",") {
			if name = strings.TrimSpace(name); name == r.rule.Name() || name == "all" {
				return true
			}
		}
	}
	return false
}

// annotations reads a file's annotations once.
func (r *Reporter) annotations(filename string) *annotations {
	if a, ok := r.ignores[filename]; ok {
		return a
	}
	a := &annotations{lines: map[int][]string{}}
	if r.ignores == nil {
		r.ignores = map[string]*annotations{}
	}
	r.ignores[filename] = a
	src, ok := r.cfg.Source(filename)
	if !ok {
		// A file the model did not read: the SDK fetches and parses it.
		file, err := r.runner.GetFile(filename)
		if err != nil || file == nil {
			return a
		}
		src = file.Bytes
	}
	if strings.HasSuffix(filename, ".json") {
		var top struct {
			Comment string `json:"//"`
		}
		if json.Unmarshal(src, &top) == nil {
			if m := fileIgnore.FindStringSubmatchIndex(top.Comment); m != nil && m[0] == 0 {
				a.file = append(a.file, top.Comment[m[2]:m[3]])
			}
		}
		return a
	}
	tokens, _ := hclsyntax.LexConfig(src, filename, hcl.InitialPos)
	for _, tok := range tokens {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		if m := lineIgnore.FindSubmatch(tok.Bytes); m != nil {
			line := tok.Range.Start.Line
			a.lines[line] = append(a.lines[line], string(m[1]))
			a.lines[line+1] = append(a.lines[line+1], string(m[1]))
			continue
		}
		if m := fileIgnore.FindSubmatch(tok.Bytes); m != nil && tok.Range.Start.Line == 1 && tok.Range.Start.Column == 1 {
			a.file = append(a.file, string(m[1]))
		}
	}
	return a
}
