package ruletest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// Suggest writes the expectation that would meet an issue, for failure
// reports: the whole message as the pattern (to be shortened to what
// matters) and the issue's span in src, its file. It is "" when the range
// is not in src.
func Suggest(is *helper.Issue, src []byte) string {
	r := is.Range
	lines := strings.Split(string(src), "\n")
	if r.Start.Line < 1 || r.End.Line > len(lines) || r.End.Line < r.Start.Line {
		return ""
	}
	startLine, endLine := []rune(lines[r.Start.Line-1]), []rune(lines[r.End.Line-1])
	startCol, endCol := r.Start.Column-1, r.End.Column-1
	if startCol < 0 || startCol > len(startLine) || endCol < 0 || endCol > len(endLine) {
		return ""
	}
	var spanText string
	if r.Start.Line == r.End.Line {
		if endCol < startCol {
			return ""
		}
		spanText = suggestOccurrence(string(startLine), startCol, string(startLine[startCol:endCol]))
	} else {
		start := strings.TrimRight(string(startLine[startCol:]), " \t\r")
		end := strings.TrimLeft(string(endLine[:endCol]), " \t")
		spanText = suggestOccurrence(string(startLine), startCol, start) + " ... " +
			suggestOccurrence(string(endLine), endCol-len([]rune(end)), end)
	}
	return quote(regexp.QuoteMeta(is.Message)) + " @ " + spanText
}

// suggestOccurrence quotes text, found in line at column col (from 0),
// with #N when it is not its first occurrence.
func suggestOccurrence(line string, col int, text string) string {
	nth, from := 1, 0
	prefix := string([]rune(line)[:col])
	for {
		i := strings.Index(prefix[from:], text)
		if i < 0 || text == "" || from+i+len(text) > len(prefix) {
			break
		}
		nth++
		from += i + len(text)
	}
	if nth > 1 {
		return fmt.Sprintf("%s#%d", quote(text), nth)
	}
	return quote(text)
}

// quote writes a Go string, backquoted when that needs no escapes.
func quote(s string) string {
	if strings.ContainsAny(s, "\"\\") && !strings.ContainsAny(s, "`\n\r") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
