package model

import (
	"os"
	"path/filepath"
	"strings"
)

// BuildDir builds the model of the configuration in absDir from disk, as
// TFLint's root check of that directory would see it: its files, the local
// and installed modules it calls, and its variables from their defaults and
// the variable files Terraform reads on its own (terraform.tfvars,
// *.auto.tfvars, and their .json forms) where they are literal values.
// Anything else a run could add (--var, --var-file, TF_VAR_*) is not known:
// every worker of a recursive run must build the same model of a directory
// it does not check. ok is false when the directory, one of its Terraform
// files or one of its variable files cannot be read or parsed.
func BuildDir(absDir string, settings Settings) (cfg *Config, ok bool) {
	files, resources := readModuleFiles(absDir, absDir, settings.schema(), nil)
	if len(files) == 0 || len(files) != countTerraformFiles(absDir) {
		return nil, false
	}
	values, ok := readVariableFiles(absDir)
	if !ok {
		return nil, false
	}
	cfg = &Config{Settings: settings, IsRoot: true, workspace: currentWorkspace(true, absDir)}
	mod := newModule(cfg, absDir, absDir, nil)
	mod.values = values
	cfg.assemble(mod, files, resources)
	return cfg, true
}

// countTerraformFiles counts the Terraform files readModuleFiles would read
// in a directory, to tell a directory read whole from one read in part.
func countTerraformFiles(absDir string) int {
	entries, err := os.ReadDir(absDir)
	if err != nil {
		return -1
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".tf") && !strings.HasSuffix(name, ".tf.json") {
			continue
		}
		if info, err := os.Stat(filepath.Join(absDir, name)); err == nil && info.Mode().IsRegular() {
			n++
		}
	}
	return n
}
