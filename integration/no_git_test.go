package integration

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// TestRecursiveWithoutGit: a repository unpacked from an archive has no
// .git. Started at its top, a recursive run takes that directory as the
// repository's top, so every worker still tells the module that live/prod
// calls (it configures its own provider) and the examples and tests from the
// deployment: the findings are those of the fixture inside this repository.
func TestRecursiveWithoutGit(t *testing.T) {
	fixture := filepath.Join("testdata", "aws_provider_region_variable_samples")
	dir := t.TempDir()
	if repository.FindRoot(dir) != "" {
		t.Skip("the temporary directory is inside a repository")
	}
	if err := os.CopyFS(dir, os.DirFS(fixture)); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"--format", "json", "--force"}, fixtureArgs(fixture)...)
	stdout, stderr, _ := RunTFLint(t, dir, args...)
	want, err := os.ReadFile(filepath.Join(fixture, "result.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !tflintAtLeast(t, "0.59.0") {
		stdout = withoutFixFields(t, stdout)
		want = normalize(t, withoutFixFields(t, want), nil)
	}
	got := normalize(t, stdout, stderr)
	if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
		t.Errorf("without .git, tflint --recursive differs from %s\n--- got\n%s\nstderr:\n%s", fixture, got, stderr)
	}
}
