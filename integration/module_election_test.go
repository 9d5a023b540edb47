package integration

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestModuleFindingElection: two roots and an example call one module. The
// module's own defect (a topic without a key) is reported once by a
// recursive run, in the first root; the defect the second root's call
// leaves (no audit key, which the first root passes) in the second. tflint
// run inside the second root or the example alone reports everything there.
// With --chdir from the top, the run starts at the top, as a recursive
// run's workers do (TFLint tells the plugin no difference), so the first
// root is elected.
func TestModuleFindingElection(t *testing.T) {
	fixture := filepath.Join("testdata", "module_findings_one_per_repository")
	for _, tc := range []struct {
		dir  string
		args []string
		want []string
	}{
		{".", []string{"--recursive"}, []string{"live/a/main.tf: alerts", "live/b/main.tf: audit"}},
		{"live/b", nil, []string{"main.tf: alerts audit"}},
		{"examples/basic", nil, []string{"main.tf: alerts audit"}},
		{".", []string{"--chdir=live/b"}, []string{"live/b/main.tf: audit"}},
	} {
		args := append([]string{"--format", "json", "--force"}, tc.args...)
		stdout, stderr, _ := RunTFLint(t, filepath.Join(fixture, tc.dir), args...)
		var got []string
		for _, is := range jsonIssues(t, string(stdout), string(stderr)) {
			var topics []string
			for _, topic := range []string{"alerts", "audit"} {
				if subject := "module.alerts.aws_sns_topic." + topic; strings.Contains(is.Message, subject+" ") || strings.Contains(is.Message, subject+".") {
					topics = append(topics, topic)
				}
			}
			got = append(got, filepath.ToSlash(is.Range.Filename)+": "+strings.Join(topics, " "))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("tflint %v in %s reported %q, want %q", tc.args, tc.dir, got, tc.want)
		}
	}
}
