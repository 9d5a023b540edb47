package repository

import (
	"bytes"
	"io"
	"os"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"
)

var (
	moduleSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "module", LabelNames: []string{"name"}}}}
	sourceSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "source"}}}
)

// mayHoldModuleBlocks reports whether a Terraform file may hold a module
// block; the files of a large repository that cannot are never parsed. The
// walk reads every Terraform file of the repository into buf, which it
// passes back on the next call: one buffer rather than one per file.
func mayHoldModuleBlocks(path string, buf *[]byte) bool {
	src, err := readInto(path, buf)
	if err != nil {
		return false
	}
	if isJSON(path) {
		return bytes.Contains(src, []byte("module"))
	}
	return mayHoldModuleBlock(src)
}

// namesIn tells which of names a file's text may name as the last path
// segment of a local source (`x` of "../modules/x"): the names that end one
// of its strings, or all of them when a string ends in "." or ".." or "/"
// (`"../.."`, `"./"`), naming an ancestor or the file's own directory,
// whatever its name. One pass over the text answers for any number of
// directories.
func namesIn(src []byte, names map[string]bool) (named map[string]bool, all bool) {
	for i := bytes.IndexByte(src, '"'); i >= 0; {
		if i > 0 && (src[i-1] == '.' || src[i-1] == '/') {
			return nil, true
		}
		start := i
		for start > 0 && !isSegmentEnd(src[start-1]) {
			start--
		}
		if names[string(src[start:i])] {
			if named == nil {
				named = map[string]bool{}
			}
			named[string(src[start:i])] = true
		}
		next := bytes.IndexByte(src[i+1:], '"')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return named, false
}

// isSegmentEnd reports whether c ends a path segment, looking back from a
// closing quote: a separator, a quote or a blank.
func isSegmentEnd(c byte) bool {
	return c == '/' || c == '"' || c == ' ' || c == '\t' || c == '\n' || c == '\\'
}

func isJSON(path string) bool { return strings.HasSuffix(path, ".json") }

// readInto reads a file into *buf, growing it when the file is larger, and
// returns the bytes read; they are valid until the next call with buf.
func readInto(path string, buf *[]byte) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	n := 0
	for {
		if n == len(*buf) {
			*buf = append(*buf, make([]byte, max(len(*buf), 32*1024))...)
		}
		m, err := f.Read((*buf)[n:])
		n += m
		if err == io.EOF {
			return (*buf)[:n], nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// localSources returns the local module sources (`./x`, `../x`) that the
// module blocks of a Terraform file (its text src) call; module blocks that
// do not parse call nothing.
func localSources(path string, src []byte) []string {
	var file *hcl.File
	var diags hcl.Diagnostics
	if isJSON(path) {
		file, diags = json.Parse(src, path)
	} else {
		file, diags = hclsyntax.ParseConfig(moduleBlocks(src, path), path, hcl.InitialPos)
		if diags.HasErrors() {
			file, diags = hclsyntax.ParseConfig(lexedModuleBlocks(src, path), path, hcl.InitialPos)
		}
	}
	if diags.HasErrors() || file == nil {
		return nil
	}
	content, _, _ := file.Body.PartialContent(moduleSchema)
	var sources []string
	for _, blk := range content.Blocks {
		attrs, _, _ := blk.Body.PartialContent(sourceSchema)
		attr := attrs.Attributes["source"]
		if attr == nil {
			continue
		}
		v, diags := attr.Expr.Value(nil)
		if diags.HasErrors() || v.IsNull() || !v.IsKnown() || v.Type() != cty.String {
			continue
		}
		if s := v.AsString(); strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") {
			sources = append(sources, s)
		}
	}
	return sources
}

// mayHoldModuleBlock reports whether native syntax may hold a module block:
// the word module followed by a label (`module "x"`, `module x`) or a comment
// before one. References (`module.x.id`) and longer names (`module_name`)
// are not block headers, so the files of resources that only read module
// outputs, most of a large repository, are not parsed.
func mayHoldModuleBlock(src []byte) bool {
	word := []byte("module")
	for i := bytes.Index(src, word); i >= 0; {
		end := i + len(word)
		if (i == 0 || !isIdentByte(src[i-1])) && labelFollows(src[end:]) {
			return true
		}
		next := bytes.Index(src[end:], word)
		if next < 0 {
			return false
		}
		i = end + next
	}
	return false
}

// labelFollows reports whether what follows the word module can start a
// block's labels: blanks and then a quoted label or a comment, or at least
// one blank and then a bare label.
func labelFollows(rest []byte) bool {
	blanks := 0
	for blanks < len(rest) && (rest[blanks] == ' ' || rest[blanks] == '\t') {
		blanks++
	}
	if blanks == len(rest) {
		return false
	}
	switch c := rest[blanks]; {
	case c == '"' || c == '/' || c == '#':
		return true
	case blanks > 0 && isIdentByte(c):
		return true
	}
	return false
}

// isIdentByte reports whether c may continue an HCL identifier; bytes of
// non-ASCII letters count, so that no identifier is taken for the word module.
func isIdentByte(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// moduleBlocks returns the text of a native file's top-level module blocks,
// one after another, so that the parser reads only them and not the
// resources around them, which the files of a large repository are mostly
// made of: every root of a recursive run may ask for the callers of a module
// that a hundred roots call. A block is found from a line that starts with
// the word module to its closing brace, past strings and comments; a file
// with a heredoc or a block comment, where such a line may be text, is read
// by the parser's lexer instead (lexedModuleBlocks), and so is a file whose
// blocks found this way do not parse (localSources).
func moduleBlocks(src []byte, path string) []byte {
	if bytes.Contains(src, []byte("<<")) || bytes.Contains(src, []byte("/*")) {
		return lexedModuleBlocks(src, path)
	}
	var blocks []byte
	for at := 0; at < len(src); {
		line := src[at:]
		if end := bytes.IndexByte(line, '\n'); end >= 0 {
			line = line[:end+1]
		}
		header := bytes.TrimLeft(line, " \t\r\ufeff")
		if bytes.HasPrefix(header, []byte("module")) && labelFollows(header[len("module"):]) {
			start := at + len(line) - len(header)
			end := blockEnd(src, start)
			if end < 0 {
				return lexedModuleBlocks(src, path)
			}
			blocks = append(append(blocks, src[start:end]...), '\n')
			at = end
			continue
		}
		at += len(line)
	}
	return blocks
}

// blockEnd returns the offset after the brace that closes the block whose
// header starts at start, skipping strings and line comments, or -1.
func blockEnd(src []byte, start int) int {
	depth := 0
	for i := start; i < len(src); i++ {
		switch src[i] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return i + 1
			}
		case '"':
			for i++; i < len(src) && src[i] != '"'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case '#':
			i = lineEnd(src, i)
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				i = lineEnd(src, i)
			}
		}
	}
	return -1
}

// lineEnd returns the offset of the newline that ends the line holding i.
func lineEnd(src []byte, i int) int {
	if end := bytes.IndexByte(src[i:], '\n'); end >= 0 {
		return i + end
	}
	return len(src)
}

// lexedModuleBlocks is moduleBlocks read with the parser's lexer, so that
// strings, templates, heredocs and comments are read as the parser reads them.
func lexedModuleBlocks(src []byte, path string) []byte {
	tokens, _ := hclsyntax.LexConfig(src, path, hcl.InitialPos)
	var blocks []byte
	depth, start := 0, -1
	for i, tok := range tokens {
		switch tok.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			depth++
		case hclsyntax.TokenCBrace, hclsyntax.TokenTemplateSeqEnd:
			depth--
			if depth == 0 && start >= 0 {
				blocks = append(append(blocks, src[start:tok.Range.End.Byte]...), '\n')
				start = -1
			}
		case hclsyntax.TokenIdent:
			if depth == 0 && start < 0 && string(tok.Bytes) == "module" && startsBlock(tokens, i) {
				start = tok.Range.Start.Byte
			}
		}
	}
	return blocks
}

// startsBlock reports whether the token at i may start a block header: it
// starts the file or a line, or follows a comment (a line comment's token
// holds its newline).
func startsBlock(tokens hclsyntax.Tokens, i int) bool {
	return i == 0 || tokens[i-1].Type == hclsyntax.TokenNewline || tokens[i-1].Type == hclsyntax.TokenComment
}
