package integration

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestPluginSeesTFLintsEnvironment proves that the plugin process inherits the
// environment tflint runs in: default tags set by TF_AWS_DEFAULT_TAGS_<key>
// satisfy aws_resource_tags_required.
func TestPluginSeesTFLintsEnvironment(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		".tflint.hcl": `
config {
  disabled_by_default = true
}
plugin "terraform" {
  enabled = false
}
plugin "awsbaseline" {
  enabled = true
}
rule "aws_resource_tags_required" {
  enabled = true
}
`,
		"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod" }
}
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	issues := func() int {
		stdout, stderr, _ := RunTFLint(t, dir, "--format", "json")
		var got result
		if err := json.Unmarshal(stdout, &got); err != nil {
			t.Fatalf("%s\nstdout: %s\nstderr: %s", err, stdout, stderr)
		}
		return len(got.Issues)
	}
	t.Setenv("TF_AWS_DEFAULT_TAGS_Owner", "")
	os.Unsetenv("TF_AWS_DEFAULT_TAGS_Owner")
	if n := issues(); n != 1 {
		t.Fatalf("without TF_AWS_DEFAULT_TAGS_Owner: %d issues, want 1", n)
	}
	t.Setenv("TF_AWS_DEFAULT_TAGS_Owner", "platform")
	if n := issues(); n != 0 {
		t.Errorf("with TF_AWS_DEFAULT_TAGS_Owner set: %d issues, want 0", n)
	}
}
