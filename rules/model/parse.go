package model

import (
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	hcljson "github.com/hashicorp/hcl/v2/json"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/parallel"
)

// parsedFile is one file parsed, with what its parser reported.
type parsedFile struct {
	file  *hcl.File
	diags hcl.Diagnostics
}

// parseJob is one file to parse as JSON, or one piece of a native file.
type parseJob struct {
	name  string
	piece piece
	json  bool
}

// parseAll parses every source as the SDK's GetFiles does, a .tf file as
// native syntax and anything else as JSON, on every core. Parsing is most of
// what reading a module costs. Native files are parsed in pieces
// (parse_pieces.go), which also shares one big file out among the cores;
// the largest jobs go first, so that none starts last.
func parseAll(sources map[string][]byte) map[string]parsedFile {
	var jobs []parseJob
	for name, src := range sources {
		if !strings.HasSuffix(name, ".tf") {
			jobs = append(jobs, parseJob{name: name, piece: piece{src: src}, json: true})
			continue
		}
		for _, p := range piecesOf(src, pieceSize) {
			jobs = append(jobs, parseJob{name: name, piece: p})
		}
	}
	sort.Slice(jobs, func(i, j int) bool {
		a, b := jobs[i], jobs[j]
		if len(a.piece.src) != len(b.piece.src) {
			return len(a.piece.src) > len(b.piece.src)
		}
		if a.name != b.name {
			return a.name < b.name
		}
		return a.piece.start.Byte < b.piece.start.Byte
	})
	parsed := make([]parsedFile, len(jobs))
	parallel.Each(len(jobs), func(i int) {
		job := jobs[i]
		if job.json {
			f, diags := hcljson.Parse(job.piece.src, job.name)
			parsed[i] = parsedFile{file: f, diags: diags}
		} else {
			parsed[i] = job.piece.parse(job.name)
		}
	})

	pieces := make(map[string][]parsedPiece, len(sources))
	out := make(map[string]parsedFile, len(sources))
	for i, job := range jobs {
		if job.json {
			out[job.name] = parsed[i]
		} else {
			pieces[job.name] = append(pieces[job.name], parsedPiece{start: job.piece.start.Byte, parsedFile: parsed[i]})
		}
	}
	for name, parts := range pieces {
		sort.Slice(parts, func(i, j int) bool { return parts[i].start < parts[j].start })
		f, diags := joinPieces(sources[name], name, parts)
		out[name] = parsedFile{file: f, diags: diags}
	}
	return out
}

// parseSources parses the module's files as GetFiles does: every file, even
// one with errors, and the errors of all together.
func parseSources(sources map[string][]byte) (map[string]*hcl.File, hcl.Diagnostics) {
	files := make(map[string]*hcl.File, len(sources))
	var diags hcl.Diagnostics
	for name, p := range parseAll(sources) {
		files[name] = p.file
		diags = diags.Extend(p.diags)
	}
	return files, diags
}
