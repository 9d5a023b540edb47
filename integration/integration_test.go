// Package integration runs the real tflint binary with the built plugin on
// the fixture directories under testdata/ and compares its JSON output with
// the checked-in result.json of each fixture. Run with -update to rewrite them.
package integration

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite each fixture's result.json from tflint's output")

var pluginDir string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "awsbaseline-plugin")
	if err != nil {
		panic(err)
	}
	pluginDir = dir
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "tflint-ruleset-awsbaseline"), "..")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		panic("building the plugin: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TFLintBinary is the tflint to test with: $TFLINT, else ../bin/tflint (where
// `make` installs it), else tflint on PATH.
func TFLintBinary(t testing.TB) string {
	t.Helper()
	if bin := os.Getenv("TFLINT"); bin != "" {
		return bin
	}
	if abs, err := filepath.Abs("../bin/tflint"); err == nil {
		if _, err := os.Stat(abs); err == nil {
			return abs
		}
	}
	bin, err := exec.LookPath("tflint")
	if err != nil {
		t.Fatal("tflint not found: run `make tools` or set TFLINT")
	}
	return bin
}

// RunTFLint runs tflint in dir with the built plugin and returns its output.
func RunTFLint(t testing.TB, dir string, args ...string) (stdout []byte, stderr []byte, exitCode int) {
	t.Helper()
	// No input may hang a run; a hung tflint fails its test instead of the whole suite.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, TFLintBinary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TFLINT_PLUGIN_DIR="+pluginDir, "TFLINT_LOG=")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if exitErr, ok := err.(*exec.ExitError); ok {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("running tflint: %s", err)
	}
	return out.Bytes(), errOut.Bytes(), code
}

// fixtureArgs reads the extra tflint arguments of a fixture, one per line of its `args` file.
func fixtureArgs(dir string) []string {
	var args []string
	if extra, err := os.ReadFile(filepath.Join(dir, "args")); err == nil {
		for _, a := range strings.Split(strings.TrimSpace(string(extra)), "\n") {
			if a = strings.TrimSpace(a); a != "" {
				args = append(args, a)
			}
		}
	}
	return args
}

type result struct {
	Issues []json.RawMessage `json:"issues"`
	Errors []json.RawMessage `json:"errors"`
}

// TestFixtures lints every fixture directory. A fixture may hold an `args`
// file with extra tflint arguments, one per line, and a repository.txt that
// has it linted from a copy in a repository of its own (runDir).
func TestFixtures(t *testing.T) {
	// The bundled examples are fixtures too: what `make demo` shows is tested.
	var dirs []string
	for _, parent := range []string{"testdata", examplesDir} {
		entries, err := os.ReadDir(parent)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() {
				dirs = append(dirs, filepath.Join(parent, e.Name()))
			}
		}
	}
	// TFLint before v0.59 prints no fixable/fixed fields; on it, everything
	// else is compared (CI runs the oldest supported TFLint).
	withFixFields := tflintAtLeast(t, "0.59.0")
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			args := append([]string{"--format", "json", "--force"}, fixtureArgs(dir)...)
			stdout, stderr, _ := RunTFLint(t, runDir(t, dir), args...)
			if !withFixFields {
				stdout = withoutFixFields(t, stdout)
			}
			got := normalize(t, stdout, stderr)
			golden := filepath.Join(dir, "result.json")
			if *update && withFixFields {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%s (run `go test ./integration -update` to create it)", err)
			}
			if !withFixFields {
				want = normalize(t, withoutFixFields(t, want), nil)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("tflint output differs from %s\n--- want\n%s\n--- got\n%s\nstderr:\n%s", golden, want, got, stderr)
			}
		})
	}
}

// normalize sorts issues so the comparison does not depend on TFLint's order.
func normalize(t *testing.T, stdout, stderr []byte) []byte {
	t.Helper()
	var r result
	if err := json.Unmarshal(stdout, &r); err != nil {
		t.Fatalf("tflint did not print JSON: %s\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	sortRaw := func(list []json.RawMessage) {
		sort.Slice(list, func(i, j int) bool { return string(list[i]) < string(list[j]) })
	}
	sortRaw(r.Issues)
	sortRaw(r.Errors)
	if r.Issues == nil {
		r.Issues = []json.RawMessage{}
	}
	if r.Errors == nil {
		r.Errors = []json.RawMessage{}
	}
	out, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}
