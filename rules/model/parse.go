package model

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
)

// parsedFile is one file parsed, with what its parser reported.
type parsedFile struct {
	file  *hcl.File
	diags hcl.Diagnostics
}

// parseAll parses every source on every core, largest first so that one big
// file does not start last. Files are independent, and parsing is most of
// what reading a module costs.
func parseAll(sources map[string][]byte) map[string]parsedFile {
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(sources[names[i]]) != len(sources[names[j]]) {
			return len(sources[names[i]]) > len(sources[names[j]])
		}
		return names[i] < names[j]
	})
	parsed := make([]parsedFile, len(names))
	var next atomic.Int64
	work := func() {
		for i := int(next.Add(1)) - 1; i < len(names); i = int(next.Add(1)) - 1 {
			f, diags := parseSource(names[i], sources[names[i]])
			parsed[i] = parsedFile{file: f, diags: diags}
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	out := make(map[string]parsedFile, len(names))
	for i, name := range names {
		out[name] = parsed[i]
	}
	return out
}

// parseSource parses one file as the SDK's GetFiles does: a .tf file as
// native syntax, anything else as JSON.
func parseSource(name string, src []byte) (*hcl.File, hcl.Diagnostics) {
	if strings.HasSuffix(name, ".tf") {
		return hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	}
	return hcljson.Parse(src, name)
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
