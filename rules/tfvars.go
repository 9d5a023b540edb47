package rules

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// isVariableFileName reports whether a file of a root directory may set its
// variables: terraform.tfvars and *.auto.tfvars(.json), which Terraform loads
// itself, and every other *.tfvars and *.tfvars.json, which pipelines pass
// with -var-file.
func isVariableFileName(name string) bool {
	return strings.HasSuffix(name, ".tfvars") || strings.HasSuffix(name, ".tfvars.json")
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
		names, err := model.VariablesSetBy(filepath.Join(dir, e.Name()))
		if err != nil || names[variable] {
			return true
		}
	}
	return false
}
