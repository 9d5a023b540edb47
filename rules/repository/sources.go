package repository

import (
	"bytes"
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

// localSources returns the local module sources (`./x`, `../x`) that the
// module blocks of a Terraform file call. Files that cannot mention a module
// block are not parsed, so that a worker's walk of a large repository stays
// cheap; files that do not parse call nothing.
func localSources(path string) []string {
	src, err := os.ReadFile(path)
	if err != nil || !bytes.Contains(src, []byte("module")) {
		return nil
	}
	var file *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(path, ".json") {
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
