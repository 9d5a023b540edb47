package scandocs

import (
	"regexp"
	"strings"
)

var (
	// inlineComment is an HTML comment within a line of prose.
	inlineComment = regexp.MustCompile(`<!--.*?-->`)
	// htmlCode is an HTML code element within a line of prose.
	htmlCode = regexp.MustCompile(`(?i)<code(?:\s[^>]*)?>(.*?)</code>`)
)

// proseLine checks a line outside code blocks.
func proseLine(line string) bool {
	line = inlineComment.ReplaceAllString(line, "")
	trimmed := strings.TrimSpace(line)
	if rest, ok := prompt(trimmed); ok {
		return commandLine(rest, strong)
	}
	spans := codeSpans(line, "`")
	for _, m := range htmlCode.FindAllStringSubmatch(line, -1) {
		spans = append(spans, htmlText(m[1]))
	}
	if spansRun(line, spans) || commandLine(trimmed, weak) {
		return true
	}
	// "To scan, run checkov -d ." names the tool with a command, unmarked.
	if loc := runVerb.FindStringIndex(trimmed); loc != nil {
		rest := strings.TrimRight(strings.TrimSpace(trimmed[loc[1]:]), ".:;,!")
		return commandLine(rest, weak)
	}
	return false
}

// runVerb is a word that tells the reader to run something.
var runVerb = regexp.MustCompile(`(?i)\b(run|runs|running|execute|executes|executing|invoke)\b`)

// spansRun reports whether one of a line's code spans is a scan
// command.
func spansRun(line string, spans []string) bool {
	strength := weak
	if runVerb.MatchString(line) {
		strength = instructed
	}
	for _, span := range spans {
		if commandLine(span, strength) {
			return true
		}
	}
	return false
}

// prompt strips a shell prompt.
func prompt(line string) (string, bool) {
	for _, p := range []string{"$ ", "PS> "} {
		if strings.HasPrefix(line, p) {
			return line[len(p):], true
		}
	}
	return "", false
}

// codeSpans returns the contents of code spans: text between two
// equally long runs of the delimiter (a backtick in Markdown, two in RST).
func codeSpans(line, delim string) []string {
	var out []string
	for i := 0; i < len(line); {
		if !strings.HasPrefix(line[i:], delim) {
			i++
			continue
		}
		n := 0
		for i+n < len(line) && strings.HasPrefix(line[i+n:], delim) {
			n += len(delim)
		}
		open := line[i : i+n]
		end := strings.Index(line[i+n:], open)
		if end < 0 {
			break
		}
		out = append(out, line[i+n:i+n+end])
		i += n + end + n
	}
	return out
}
