package integration

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules"
)

// withoutFixFields drops "fixable" and "fixed" from every issue of a JSON
// result, which also puts the issues' keys in one order for normalize.
func withoutFixFields(t *testing.T, result []byte) []byte {
	var r struct {
		Issues []map[string]json.RawMessage `json:"issues"`
		Errors []json.RawMessage            `json:"errors"`
	}
	if err := json.Unmarshal(result, &r); err != nil {
		t.Fatalf("not a tflint JSON result: %s\n%s", err, result)
	}
	for _, issue := range r.Issues {
		delete(issue, "fixable")
		delete(issue, "fixed")
	}
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTFLintOlderThanMinimumFailsClearly runs the TFLint named by
// TFLINT_TOO_OLD, one older than rules.MinTFLintVersion, and expects it to
// refuse the plugin with TFLint's version constraint message. CI sets it
// (.github/workflows/build.yml); locally:
//
//	GOBIN=/tmp/old go install github.com/terraform-linters/tflint@v0.53.0
//	TFLINT_TOO_OLD=/tmp/old/tflint go test ./integration -run TestTFLintOlderThanMinimumFailsClearly
func TestTFLintOlderThanMinimumFailsClearly(t *testing.T) {
	tooOld := os.Getenv("TFLINT_TOO_OLD")
	if tooOld == "" {
		t.Skip("set TFLINT_TOO_OLD to a tflint older than " + rules.MinTFLintVersion)
	}
	t.Setenv("TFLINT", tooOld)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".tflint.hcl": dbPasswordConfig, "main.tf": dbPasswordFinding})
	env := isolatedEnv(t.TempDir(), "TFLINT_PLUGIN_DIR="+pluginDir)

	want := "Failed to satisfy version constraints; tflint-ruleset-awsbaseline requires " + rules.MinTFLintVersion
	stdout, stderr, code := runTFLintEnv(t, dir, env)
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("%s: exit %d, want 1 and %q\nstdout:\n%s\nstderr:\n%s", tooOld, code, want, stdout, stderr)
	}

	// In CI the message reaches code scanning as a tflint-errors result.
	stdout, stderr, code = runTFLintEnv(t, dir, env, "--format", "sarif")
	var report struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name string `json:"name"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("%s --format sarif printed no JSON: %s\n%s\n%s", tooOld, err, stdout, stderr)
	}
	var messages []string
	for _, run := range report.Runs {
		for _, result := range run.Results {
			messages = append(messages, run.Tool.Driver.Name+": "+result.Message.Text)
		}
	}
	if code != 1 || len(messages) != 1 || !strings.HasPrefix(messages[0], "tflint-errors: "+want) {
		t.Errorf("%s --format sarif: exit %d, results %q; want 1 and one tflint-errors result %q", tooOld, code, messages, want)
	}
}
