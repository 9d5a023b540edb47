package rules

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/json"
)

// isVariableFileName reports whether a file of a root directory may set its
// variables: terraform.tfvars and *.auto.tfvars, which Terraform loads
// itself, and every *.tfvars.json, which pipelines pass with -var-file.
func isVariableFileName(name string) bool {
	return name == "terraform.tfvars" || strings.HasSuffix(name, ".auto.tfvars") || strings.HasSuffix(name, ".tfvars.json")
}

// tfvarsMaySet reports whether a variable file of the directory sets the
// variable, or may: a file that cannot be read or parsed counts as setting it.
func tfvarsMaySet(dir, variable string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true
	}
	for _, e := range entries {
		if e.IsDir() || !isVariableFileName(e.Name()) {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return true
		}
		var file *hcl.File
		var diags hcl.Diagnostics
		if strings.HasSuffix(e.Name(), ".json") {
			file, diags = json.Parse(src, e.Name())
		} else {
			file, diags = hclsyntax.ParseConfig(src, e.Name(), hcl.InitialPos)
		}
		if diags.HasErrors() {
			return true
		}
		attrs, diags := file.Body.JustAttributes()
		if diags.HasErrors() || attrs[variable] != nil {
			return true
		}
	}
	return false
}
