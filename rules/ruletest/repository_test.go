package ruletest

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

func TestRepositoryAndDirRunner(t *testing.T) {
	files := map[string]string{
		"live/us-east-1/main.tf":     "provider \"aws\" {\n  region = \"us-east-1\"\n}\n",
		"live/us-east-1/.tflint.hcl": "rule \"x\" {\n  enabled = true\n  value   = \"v\"\n}\n",
		"live/us-east-1/app/main.tf": "",
		"live/us-east-1/notes.md":    "",
		"modules/vpc/main.tf.json":   "{}",
	}
	top := Repository(t, files)
	if got := repository.FindRoot(filepath.Join(top, "live")); got != top {
		t.Errorf("the repository's root = %q, want %q", got, top)
	}
	if got, want := TerraformDirs(files), []string{"live/us-east-1", "live/us-east-1/app", "modules/vpc"}; !reflect.DeepEqual(got, want) {
		t.Errorf("TerraformDirs = %v, want %v", got, want)
	}
	runner := DirRunner(t, top, "live/us-east-1")
	got, err := runner.GetFiles()
	if err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(top, "live/us-east-1/main.tf")
	if len(got) != 1 || got[main] == nil {
		t.Errorf("the runner's files = %v, want only %s", got, main)
	}
	var rule struct {
		Value string `hclext:"value"`
	}
	if err := runner.DecodeRuleConfig("x", &rule); err != nil || rule.Value != "v" {
		t.Errorf("the directory's .tflint.hcl is not the runner's: %v", err)
	}
}
