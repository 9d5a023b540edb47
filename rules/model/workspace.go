package model

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/zclconf/go-cty/cty"
)

// currentWorkspace is terraform.workspace as Terraform and TFLint read it:
// TF_WORKSPACE, else the data directory's environment file, else "default".
// A module call checked on its own does not know its root's data directory.
func currentWorkspace(root bool, rootAbsDir string) cty.Value {
	if ws := os.Getenv("TF_WORKSPACE"); ws != "" {
		return cty.StringVal(ws)
	}
	if !root {
		return cty.UnknownVal(cty.String)
	}
	env, _ := os.ReadFile(filepath.Join(dataDir(rootAbsDir), "environment"))
	if ws := strings.TrimSpace(string(env)); ws != "" {
		return cty.StringVal(ws)
	}
	return cty.StringVal("default")
}

// dataDir is Terraform's data directory for a root module directory.
func dataDir(rootAbsDir string) string {
	d := os.Getenv("TF_DATA_DIR")
	if d == "" {
		d = ".terraform"
	}
	if filepath.IsAbs(d) {
		return d
	}
	return filepath.Join(rootAbsDir, d)
}
