package integration

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// TestScanElection: a recursive run reports the repository's undocumented
// scan once, in the first configuration root; tflint started inside a later
// root reports it there, since that root is then the first under the start.
func TestScanElection(t *testing.T) {
	fixture := runDir(t, filepath.Join("testdata", "terraform_security_scan_documented_one_per_repository"))
	for dir, want := range map[string][]string{
		fixture: {"live/prod/main.tf"},
		filepath.Join(fixture, "live", "staging"): {"main.tf"},
		filepath.Join(fixture, "modules", "eks"):  nil,
	} {
		stdout, stderr, _ := RunTFLint(t, dir, "--format", "json", "--force", "--recursive")
		var out struct {
			Issues []struct {
				Range struct{ Filename string } `json:"range"`
			} `json:"issues"`
		}
		if err := json.Unmarshal(stdout, &out); err != nil {
			t.Fatalf("%s: %v\n%s", dir, err, stderr)
		}
		var got []string
		for _, is := range out.Issues {
			got = append(got, is.Range.Filename)
		}
		if len(got) != len(want) || (len(want) == 1 && got[0] != want[0]) {
			t.Errorf("tflint in %s reported at %v, want %v", dir, got, want)
		}
	}
}
