package model

import (
	"fmt"
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
	for _, name := range append([]string{"terraform.tfvars", "terraform.tfvars.json"}, auto...) {
		attrs, err := readVariableFile(filepath.Join(absDir, name))
		if os.IsNotExist(err) && !strings.Contains(name, ".auto.") {
			continue
		}
		if err != nil {
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

// VariablesSetBy returns the names of the variables a variable file
// (`.tfvars` or `.tfvars.json`) sets; an error when it cannot be read or parsed.
func VariablesSetBy(path string) (map[string]bool, error) {
	attrs, err := readVariableFile(path)
	if err != nil {
		return nil, err
	}
	names := make(map[string]bool, len(attrs))
	for name := range attrs {
		names[name] = true
	}
	return names, nil
}

// readVariableFile parses a variable file, native or JSON syntax.
func readVariableFile(path string) (hcl.Attributes, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(src) > maxModuleFileSize {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, maxModuleFileSize)
	}
	parser := hclparse.NewParser()
	var f *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(path, ".json") {
		f, diags = parser.ParseJSON(src, path)
	} else {
		f, diags = parser.ParseHCL(src, path)
	}
	if diags.HasErrors() {
		return nil, diags
	}
	attrs, diags := f.Body.JustAttributes()
	if diags.HasErrors() {
		return nil, diags
	}
	return attrs, nil
}
