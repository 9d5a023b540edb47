package integration

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
)

// TestStackElection: a stack's finding across root directories is reported
// in its first configuration root whichever directory tflint starts in,
// recursively or not; no other root reports it.
func TestStackElection(t *testing.T) {
	fixture := runDir(t, filepath.Join("testdata", "aws_multi_region_incomplete_stacks_missing_layer"))
	for _, tc := range []struct {
		dir       string
		recursive bool
		want      []string
	}{
		{".", true, []string{"live/us-west-2/data/main.tf"}},
		{"live/us-west-2", true, []string{"data/main.tf"}},
		{"live/us-west-2/data", false, []string{"main.tf"}},
		{"live/us-west-2/network", false, nil},
		{"live/us-east-1", true, nil},
	} {
		args := []string{"--format", "json", "--force"}
		if tc.recursive {
			args = append(args, "--recursive")
		}
		stdout, stderr, _ := RunTFLint(t, filepath.Join(fixture, tc.dir), args...)
		var out struct {
			Issues []struct {
				Range struct{ Filename string } `json:"range"`
			} `json:"issues"`
		}
		if err := json.Unmarshal(stdout, &out); err != nil {
			t.Fatalf("%s: %v\n%s", tc.dir, err, stderr)
		}
		var got []string
		for _, is := range out.Issues {
			got = append(got, is.Range.Filename)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("tflint in %s (recursive %v) reported at %v, want %v", tc.dir, tc.recursive, got, tc.want)
		}
	}
}
