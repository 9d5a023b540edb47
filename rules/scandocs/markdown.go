package scandocs

import (
	"html"
	"regexp"
	"strings"
)

var fenceOpen = regexp.MustCompile("^\\s*(`{3,}|~{3,})")

// listItem matches a list item's marker and the spaces after it: the
// item's content starts after them.
var listItem = regexp.MustCompile(`^\s*([-*+]|\d{1,9}[.)])\s+`)

// markdownText reads Markdown: fenced, indented and HTML <pre> code
// blocks, `$ ` prompt lines and code spans, but nothing in HTML comments;
// plain text also counts lines that start with a command.
func markdownText(lines []string, plain bool) bool {
	r := &markdownReader{plain: plain}
	for _, line := range lines {
		if r.line(line) {
			return true
		}
	}
	return r.flush()
}

// markdownReader follows the block structure of CommonMark well
// enough to tell code from prose and from commented-out text.
type markdownReader struct {
	plain    bool
	fence    string   // the marker of the open fenced code block
	endTag   string   // how the open HTML block ends: "-->", "</pre>" or "</code>"
	indented bool     // an indented code block is open
	block    []string // the lines of the open code block
	// paragraph: the previous line was paragraph text, which an indented
	// line continues rather than starting a code block.
	paragraph bool
	// blank: the previous line was blank, after which a line left of the
	// list item's content ends the list.
	blank bool
	// listIndent is where the open list item's content starts; code in it
	// is indented four more columns.
	listIndent int
}

func (r *markdownReader) line(line string) bool {
	switch {
	case r.fence != "":
		if strings.HasPrefix(strings.TrimSpace(line), r.fence) {
			r.fence = ""
			return r.flush()
		}
		r.block = append(r.block, line)
		return false
	case r.endTag != "":
		return r.inHTML(line)
	case r.indented:
		if strings.TrimSpace(line) == "" || columns(line) >= r.listIndent+4 {
			r.block = append(r.block, line)
			return false
		}
		r.indented = false
		if r.flush() {
			return true
		}
	}
	return r.start(line)
}

// start reads a line outside any block.
func (r *markdownReader) start(line string) bool {
	trimmed := strings.TrimSpace(line)
	indent := columns(line)
	continues, afterBlank := r.paragraph, r.blank
	r.paragraph, r.blank = false, trimmed == ""
	if trimmed == "" {
		return false
	}
	if afterBlank && indent < r.listIndent {
		r.listIndent = 0
	}
	// Plain text is not rendered, so indentation does not make code of it.
	if indent >= r.listIndent+4 && !continues && !r.plain {
		r.indented, r.block = true, []string{line}
		return false
	}
	if m := fenceOpen.FindStringSubmatch(line); m != nil {
		r.fence = m[1]
		return false
	}
	if endTag, rest, ok := htmlBlock(trimmed); ok {
		r.endTag = endTag
		return r.inHTML(rest)
	}
	if m := listItem.FindString(line); m != "" {
		r.listIndent = len(m)
	}
	r.paragraph = !strings.HasPrefix(trimmed, "#")
	return proseLine(line)
}

// htmlBlock recognises the start of an HTML block whose content is
// not Markdown: a comment, or preformatted code (<pre>, or <code> spanning
// lines; one closed on its line is a code span). It returns the block's end
// tag and the rest of the line after the start tag.
func htmlBlock(trimmed string) (endTag, rest string, ok bool) {
	lower := strings.ToLower(trimmed)
	switch {
	case strings.HasPrefix(lower, "<!--"):
		return "-->", trimmed[len("<!--"):], true
	case strings.HasPrefix(lower, "<pre>"), strings.HasPrefix(lower, "<pre "):
		endTag = "</pre>"
	case (strings.HasPrefix(lower, "<code>") || strings.HasPrefix(lower, "<code ")) && !strings.Contains(lower, "</code>"):
		endTag = "</code>"
	default:
		return "", "", false
	}
	_, rest, _ = strings.Cut(trimmed, ">")
	return endTag, rest, true
}

// inHTML reads a line of an open HTML block: code blocks collect their text,
// comments are dropped.
func (r *markdownReader) inHTML(line string) bool {
	end := indexFold(line, r.endTag)
	if end >= 0 {
		line = line[:end]
	}
	if r.endTag != "-->" {
		r.block = append(r.block, htmlText(line))
	}
	if end < 0 {
		return false
	}
	r.endTag = ""
	return r.flush()
}

// indexFold is strings.Index ignoring case, at an offset into s
// itself (lowering s first may change its length).
func indexFold(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

// flush checks the code block read so far and starts a new one.
func (r *markdownReader) flush() bool {
	found := codeBlock(r.block)
	r.block = nil
	return found
}

var htmlTag = regexp.MustCompile(`<[^>]*>`)

// htmlText is the text of HTML: without tags, with entities decoded.
func htmlText(s string) string {
	return html.UnescapeString(htmlTag.ReplaceAllString(s, ""))
}

// columns is a line's indentation in columns, with tab stops of 4.
func columns(line string) int {
	n := 0
	for _, c := range line {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}
