package ruletest

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Want is one expected issue: on a line of a file of the fixture, with a
// message the pattern matches and, when the span is given, exactly that range.
type Want struct {
	File    string // relative to the fixture directory
	Line    int    // where the range starts
	Message *regexp.Regexp
	// Span is the exact range the issue must have; nil checks the line only.
	Span *hcl.Range
	// Text is the expectation as written, for reports.
	Text string
}

func (w Want) String() string { return fmt.Sprintf("%s:%d: want %s", w.File, w.Line, w.Text) }

// ParseComments reads the `want` comments of an HCL file: a comment
// (`# want ...` or `// want ...`) holds the expectations of the line it is on.
func ParseComments(file string, src []byte) ([]Want, error) {
	tokens, diags := hclsyntax.LexConfig(src, file, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, diags
	}
	// Spans are looked for in the code only, not in the want comments
	// that name them.
	code := bytes.Clone(src)
	for _, tok := range tokens {
		if tok.Type == hclsyntax.TokenComment {
			for i := tok.Range.Start.Byte; i < tok.Range.End.Byte; i++ {
				if code[i] != '\n' && code[i] != '\r' {
					code[i] = ' '
				}
			}
		}
	}
	var wants []Want
	for _, tok := range tokens {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		text := strings.TrimSpace(string(tok.Bytes))
		text = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(text, "#"), "//"))
		rest, ok := strings.CutPrefix(text, "want ")
		if !ok {
			continue
		}
		line := tok.Range.Start.Line
		parsed, err := parseExpectations(file, line, rest, code)
		if err != nil {
			return nil, err
		}
		wants = append(wants, parsed...)
	}
	return wants, nil
}

// ParseWantFile reads an expectation file, for files that cannot hold
// comments (JSON). Each line is `<file>:<line> <expectations>`, the file
// relative to the fixture directory; blank lines and lines starting with #
// are skipped. sources holds the fixture's files by relative path.
func ParseWantFile(name string, src []byte, sources map[string][]byte) ([]Want, error) {
	var wants []Want
	scanner := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; scanner.Scan(); n++ {
		text := strings.TrimSpace(scanner.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		where, rest, _ := strings.Cut(text, " ")
		file, lineText, ok := strings.Cut(where, ":")
		line, err := strconv.Atoi(lineText)
		if !ok || err != nil {
			return nil, fmt.Errorf("%s:%d: want <file>:<line> first, got %q", name, n, where)
		}
		fileSrc, ok := sources[file]
		if !ok {
			return nil, fmt.Errorf("%s:%d: no file %s in the fixture", name, n, file)
		}
		parsed, err := parseExpectations(file, line, rest, fileSrc)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		wants = append(wants, parsed...)
	}
	return wants, scanner.Err()
}

// parseExpectations reads one or more `"regexp" [@ span]` of a line. A span
// is `"text"`, the range of that text on the line, or `"start" ... "end"`,
// from start on the line to the end of end on a later line. A text may be
// followed by #N for its Nth occurrence (from 1). Strings are Go strings,
// double-quoted or backquoted.
func parseExpectations(file string, line int, text string, src []byte) ([]Want, error) {
	fail := func(format string, args ...any) ([]Want, error) {
		return nil, fmt.Errorf("%s:%d: want %s: %s", file, line, text, fmt.Sprintf(format, args...))
	}
	var wants []Want
	rest := strings.TrimSpace(text)
	for rest != "" {
		start := rest
		pattern, r, err := cutString(rest)
		if err != nil {
			return fail("a quoted regexp: %v", err)
		}
		re, err := regexp.Compile(pattern)
		if err != nil {
			return fail("%v", err)
		}
		w := Want{File: file, Line: line, Message: re}
		rest = strings.TrimSpace(r)
		if after, ok := strings.CutPrefix(rest, "@"); ok {
			span, r, err := parseSpan(strings.TrimSpace(after), line, src)
			if err != nil {
				return fail("%v", err)
			}
			span.Filename = file
			w.Span, rest = span, strings.TrimSpace(r)
		}
		w.Text = strings.TrimSpace(strings.TrimSuffix(start, rest))
		wants = append(wants, w)
	}
	if wants == nil {
		return fail("no expectation")
	}
	return wants, nil
}

// parseSpan reads a span and finds it in src, the want being on line.
func parseSpan(text string, line int, src []byte) (*hcl.Range, string, error) {
	startText, nth, rest, err := cutOccurrence(text)
	if err != nil {
		return nil, "", err
	}
	lines := strings.SplitAfter(string(src), "\n")
	if line < 1 || line > len(lines) {
		return nil, "", fmt.Errorf("line %d is not in the file", line)
	}
	col, ok := occurrence(lines[line-1], startText, nth)
	if !ok {
		return nil, "", fmt.Errorf("%q (occurrence %d) is not on line %d", startText, nth, line)
	}
	span := &hcl.Range{Start: hcl.Pos{Line: line, Column: col}, End: hcl.Pos{Line: line, Column: col + columns(startText)}}
	rest = strings.TrimSpace(rest)
	after, multiline := strings.CutPrefix(rest, "...")
	if !multiline {
		return span, rest, nil
	}
	endText, endNth, rest, err := cutOccurrence(strings.TrimSpace(after))
	if err != nil {
		return nil, "", err
	}
	for l := line + 1; l <= len(lines); l++ {
		if lines[l-1] == "" {
			break
		}
		if c, ok := occurrence(lines[l-1], endText, endNth); ok {
			span.End = hcl.Pos{Line: l, Column: c + columns(endText)}
			return span, rest, nil
		}
	}
	return nil, "", fmt.Errorf("%q (occurrence %d) is on no line after line %d", endText, endNth, line)
}

// occurrence is the column (from 1) of the nth occurrence of text in line.
func occurrence(line, text string, nth int) (int, bool) {
	from := 0
	for i := 1; ; i++ {
		idx := strings.Index(line[from:], text)
		if idx < 0 || text == "" {
			return 0, false
		}
		if i == nth {
			return columns(line[:from+idx]) + 1, true
		}
		from += idx + len(text)
	}
}

// columns is how many columns text takes: HCL counts characters, not bytes.
func columns(text string) int { return utf8.RuneCountInString(text) }

// cutOccurrence reads a quoted text and its optional #N.
func cutOccurrence(text string) (string, int, string, error) {
	s, rest, err := cutString(text)
	if err != nil {
		return "", 0, "", fmt.Errorf("a quoted span: %v", err)
	}
	nth := 1
	if after, ok := strings.CutPrefix(rest, "#"); ok {
		digits := strings.IndexFunc(after+" ", func(r rune) bool { return r < '0' || r > '9' })
		if nth, err = strconv.Atoi(after[:digits]); err != nil || nth < 1 {
			return "", 0, "", fmt.Errorf("#N wants a number from 1, got %q", after)
		}
		rest = after[digits:]
	}
	return s, nth, rest, nil
}

// cutString reads the Go string literal text starts with.
func cutString(text string) (string, string, error) {
	quoted, err := strconv.QuotedPrefix(text)
	if err != nil {
		return "", "", fmt.Errorf("%q does not start with a Go string", text)
	}
	s, err := strconv.Unquote(quoted)
	return s, text[len(quoted):], err
}
