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

// mayName reports whether a file's text may hold a local source naming a
// directory called name: one mentioning name, or ending in "." or ".."
// (`"../.."`, `"./"`) and so naming an ancestor or the file's own directory.
func mayName(path string, name []byte) bool {
	src, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	return bytes.Contains(src, name) || bytes.Contains(src, []byte(`."`)) || bytes.Contains(src, []byte(`/"`))
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
// module blocks of a Terraform file call; files that do not parse call nothing.
func localSources(path string) []string {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var file *hcl.File
	var diags hcl.Diagnostics
	if isJSON(path) {
		file, diags = json.Parse(src, path)
	} else {
		file, diags = hclsyntax.ParseConfig(src, path, hcl.InitialPos)
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
