package model

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"
)

// readVariableFiles reads the variable files Terraform loads by itself in a
// root directory, in its order (terraform.tfvars, terraform.tfvars.json, then
// *.auto.tfvars and *.auto.tfvars.json by name), later files overriding
// earlier ones. A value that is not a literal (it calls a function or refers
// to something) is unknown. ok is false when a file cannot be read or parsed.
func readVariableFiles(absDir string) (values map[string]cty.Value, ok bool) {
	entries, err := os.ReadDir(absDir)
	if err != nil {
		return nil, false
	}
	var auto []string
	for _, e := range entries {
		if name := e.Name(); strings.HasSuffix(name, ".auto.tfvars") || strings.HasSuffix(name, ".auto.tfvars.json") {
			auto = append(auto, name)
		}
	}
	sort.Strings(auto)
	values = map[string]cty.Value{}
	parser := hclparse.NewParser()
	for _, name := range append([]string{"terraform.tfvars", "terraform.tfvars.json"}, auto...) {
		path := filepath.Join(absDir, name)
		src, err := os.ReadFile(path)
		if os.IsNotExist(err) && !strings.Contains(name, ".auto.") {
			continue
		}
		if err != nil || len(src) > maxModuleFileSize {
			return nil, false
		}
		var f *hcl.File
		var diags hcl.Diagnostics
		if strings.HasSuffix(name, ".json") {
			f, diags = parser.ParseJSON(src, path)
		} else {
			f, diags = parser.ParseHCL(src, path)
		}
		if diags.HasErrors() {
			return nil, false
		}
		attrs, diags := f.Body.JustAttributes()
		if diags.HasErrors() {
			return nil, false
		}
		for name, attr := range attrs {
			v, diags := attr.Expr.Value(nil)
			if diags.HasErrors() {
				v = cty.DynamicVal
			}
			values[name] = v
		}
	}
	return values, true
}
