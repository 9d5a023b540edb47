package model

import (
	"bytes"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// pieceSize is the least a piece of a native file holds before it is cut.
// hclsyntax lexes a whole source into one token slice, grown by appending,
// before parsing it: for a file of 100 KiB that is megabytes copied and
// collected, most of what parsing it allocates. Pieces of a few KiB keep the
// slices small (the parse of the generated 10k configuration: 428 MB
// allocated and 0.40 s in whole files, 275 MB and 0.25 s in 4 KiB pieces).
const pieceSize = 4 << 10

// A native file is parsed in pieces cut at the top level: the top-level body
// is a list of items that parse independently, so the pieces' items, parsed
// from their positions in the file, are the file's. A cut is made only after
// a line that is a lone "}", and trusted only when every piece parses
// without a diagnostic: a piece cut inside a block, a heredoc, a comment or a
// template ends unclosed, which is an error. On any diagnostic, or an
// argument set in two pieces (an error of the whole file that no piece
// sees), the file is parsed whole, so that what is reported is always the
// whole parse's.

// piece is a part of a native file, with where it starts in the file.
type piece struct {
	src   []byte
	start hcl.Pos
}

// parse parses the piece as hclsyntax.ParseConfig parses a file.
func (p piece) parse(name string) parsedFile {
	f, diags := hclsyntax.ParseConfig(p.src, name, p.start)
	return parsedFile{file: f, diags: diags}
}

// parsedPiece is a piece parsed, by its first byte's offset in the file.
type parsedPiece struct {
	start int
	parsedFile
}

// parseInPieces parses a native file in pieces of at least size bytes.
func parseInPieces(src []byte, name string, size int) (*hcl.File, hcl.Diagnostics) {
	var parts []parsedPiece
	for _, p := range piecesOf(src, size) {
		parts = append(parts, parsedPiece{start: p.start.Byte, parsedFile: p.parse(name)})
	}
	return joinPieces(src, name, parts)
}

// joinPieces makes the file of its pieces parsed in order, or parses src
// whole when the pieces cannot be trusted.
func joinPieces(src []byte, name string, parts []parsedPiece) (*hcl.File, hcl.Diagnostics) {
	if len(parts) == 1 {
		return parts[0].file, parts[0].diags
	}
	whole := func() (*hcl.File, hcl.Diagnostics) { return hclsyntax.ParseConfig(src, name, hcl.InitialPos) }
	// The first piece's body becomes the file's, so that the file's
	// navigation, which holds it, sees every item.
	file := parts[0].file
	body := file.Body.(*hclsyntax.Body)
	for i, part := range parts {
		if len(part.diags) > 0 {
			return whole()
		}
		if i == 0 {
			continue
		}
		b := part.file.Body.(*hclsyntax.Body)
		for argument, attr := range b.Attributes {
			if _, set := body.Attributes[argument]; set {
				return whole()
			}
			body.Attributes[argument] = attr
		}
		body.Blocks = append(body.Blocks, b.Blocks...)
		body.SrcRange.End = b.SrcRange.End
		body.EndRange = b.EndRange
	}
	file.Bytes = src
	return file, nil
}

var newline = []byte{'\n'}

// utf8BOM is the byte order mark hclsyntax skips at the start of what it
// lexes: a piece must not start with one that the whole file has inside.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// piecesOf cuts src after lines that are a lone "}" (as a top-level block
// ends in formatted code), each piece at least size bytes long; src whole
// when it is not cut.
func piecesOf(src []byte, size int) []piece {
	var pieces []piece
	start := hcl.InitialPos
	cut := func(end int) {
		p := src[start.Byte:end]
		pieces = append(pieces, piece{src: p, start: start})
		start = hcl.Pos{Line: start.Line + bytes.Count(p, newline), Column: 1, Byte: end}
	}
	for at := size; len(src)-start.Byte >= 2*size && at < len(src); {
		i := bytes.Index(src[at:], []byte("\n}"))
		if i < 0 {
			break
		}
		end := at + i + 2 // after the "}"
		at = end
		switch {
		case bytes.HasPrefix(src[end:], newline):
			end++
		case bytes.HasPrefix(src[end:], []byte("\r\n")):
			end += 2
		default:
			continue
		}
		if end == len(src) || bytes.HasPrefix(src[end:], utf8BOM) {
			break
		}
		cut(end)
		at = end + size
	}
	cut(len(src))
	return pieces
}
