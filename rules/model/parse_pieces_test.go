package model

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// samePieceParse fails unless parsing src in pieces of size gives the file
// and diagnostics of one hclsyntax.ParseConfig, and reports how many pieces
// were parsed.
func samePieceParse(t *testing.T, src []byte, size int) int {
	t.Helper()
	want, wantDiags := hclsyntax.ParseConfig(src, "main.tf", hcl.InitialPos)
	got, gotDiags := parseInPieces(src, "main.tf", size)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("parsed in pieces of %d, the file differs from the whole parse of:\n%s", size, src)
	}
	if !reflect.DeepEqual(gotDiags, wantDiags) {
		t.Fatalf("parsed in pieces of %d, diagnostics %v, whole parse %v, of:\n%s", size, gotDiags, wantDiags, src)
	}
	return len(piecesOf(src, size))
}

const pieceBlock = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n  tags = {\n    Name = \"${var.name}-b\"\n  }\n}\n"

func TestParseInPiecesIsTheWholeParse(t *testing.T) {
	tests := map[string]string{
		"blocks":     strings.Repeat(pieceBlock, 4),
		"comments":   "# lead\n" + pieceBlock + "// between\n" + pieceBlock + "/* after */\n" + pieceBlock + "# trailing",
		"attributes": "a = 1\n" + pieceBlock + "b = 2\n" + pieceBlock + "c = [\n  1,\n]\n" + pieceBlock,
		"crlf":       strings.ReplaceAll(strings.Repeat(pieceBlock, 3), "\n", "\r\n"),
		"bom":        "\xEF\xBB\xBF" + strings.Repeat(pieceBlock, 3),
		"no newline": strings.Repeat(pieceBlock, 2) + "resource \"a\" \"b\" {\n}",
		// Lines that are a lone "}" inside other constructs: each such cut
		// leaves a piece unclosed, and the file is parsed whole.
		"heredoc":       pieceBlock + "resource \"a\" \"b\" {\n  policy = <<EOF\n{\n}\n" + pieceBlock + "EOF\n}\n" + pieceBlock,
		"block comment": pieceBlock + "/*\n}\n" + pieceBlock + "*/\n" + pieceBlock,
		"nested block":  pieceBlock + "resource \"a\" \"b\" {\n  tags = {\n}\n  x = 1\n}\n" + pieceBlock,
		"template":      pieceBlock + "resource \"a\" \"b\" {\n  x = \"${ {\n}\n[\"a\"]}\"\n}\n" + pieceBlock,
		"for":           pieceBlock + "locals {\n  m = { for k in [1]: k => {\n}\n  }\n}\n" + pieceBlock,
		// Errors of the whole file that no piece has alone.
		"argument set twice": "a = 1\n" + pieceBlock + "a = 2\n" + pieceBlock,
		"bom inside":         pieceBlock + "\xEF\xBB\xBF" + pieceBlock + pieceBlock,
		// Errors in a piece: the whole parse's diagnostics.
		"error":  pieceBlock + "resource \"a\" {\n  x = \n}\n" + pieceBlock,
		"unopen": pieceBlock + "}\n" + pieceBlock + pieceBlock,
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			for size := 1; size <= len(src); size *= 2 {
				samePieceParse(t, []byte(src), size)
			}
		})
	}
}

// TestParseInPiecesCuts checks that the pieces are what saves the parse its
// work: a formatted file of many blocks is parsed in several.
func TestParseInPiecesCuts(t *testing.T) {
	src := []byte(strings.Repeat(pieceBlock, 400))
	if n := samePieceParse(t, src, pieceSize); n < 5 {
		t.Fatalf("%d KiB of blocks parsed in %d pieces", len(src)>>10, n)
	}
}

// TestParseInPiecesOnFixtures parses every native file of the project's
// fixtures, each repeated until it is cut, in pieces and whole.
func TestParseInPiecesOnFixtures(t *testing.T) {
	var files []string
	for _, root := range []string{"../testdata", "../../integration/testdata", "../../examples", "testdata"} {
		_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".tf") {
				files = append(files, path)
			}
			return nil
		})
	}
	if len(files) < 100 {
		t.Fatalf("only %d fixture files found", len(files))
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(src) > 0 && !bytes.HasSuffix(src, newline) {
			src = append(src, '\n')
		}
		samePieceParse(t, bytes.Repeat(src, 3), 64)
	}
}

func FuzzParseInPieces(f *testing.F) {
	f.Add([]byte(strings.Repeat(pieceBlock, 3)), 16)
	f.Add([]byte(pieceBlock+"x = <<EOT\n}\nEOT\n"+pieceBlock), 8)
	f.Add([]byte("a = 1\n}\n/*\n}\n*/\n}\r\n}\n"), 1)
	f.Fuzz(func(t *testing.T, src []byte, size int) {
		if size < 1 || size > len(src)+1 {
			return
		}
		samePieceParse(t, src, size)
	})
}
