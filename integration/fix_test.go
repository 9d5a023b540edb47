package integration

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// fixFixtures are the fixtures whose rules offer fixes.
var fixFixtures = []string{
	"db_manage_master_password",
	"provider_region_variable_fix",
	"provider_region_variable_fix_tfvars",
	"provider_region_variable_fix_json",
	"provider_region_variable_fix_override",
	"secret_arn_output_fix",
	"secret_arn_output_fix_beside",
}

// afterFixGolden is what plain tflint reports on a fix fixture once `--fix`
// has run: the fixed files parse, and only what the fixes leave is reported.
const afterFixGolden = "result.fixed.json"

// TestFixRewritesFixtures runs the real `tflint --fix` on a copy of each fix
// fixture and compares each file tflint wrote with its golden
// `<name>.fixed`; a file without a golden must be left alone. It then lints
// the fixed copy (see afterFixGolden) and runs `--fix` again, which must
// change nothing.
func TestFixRewritesFixtures(t *testing.T) {
	for _, name := range fixFixtures {
		dir := filepath.Join("testdata", name)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			work := t.TempDir()
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			originals := map[string][]byte{}
			for _, e := range entries {
				if e.IsDir() || filepath.Ext(e.Name()) == ".fixed" || e.Name() == "result.json" || e.Name() == afterFixGolden {
					continue
				}
				src, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				originals[e.Name()] = src
				if err := os.WriteFile(filepath.Join(work, e.Name()), src, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args := append([]string{"--fix", "--format", "json", "--force"}, fixtureArgs(dir)...)
			if _, stderr, _ := RunTFLint(t, work, args...); len(bytes.TrimSpace(stderr)) > 0 {
				t.Logf("stderr: %s", stderr)
			}
			fixed := map[string][]byte{}
			for name, original := range originals {
				got, err := os.ReadFile(filepath.Join(work, name))
				if err != nil {
					t.Fatal(err)
				}
				fixed[name] = got
				golden := filepath.Join(dir, name+".fixed")
				if *update {
					if !bytes.Equal(got, original) {
						if err := os.WriteFile(golden, got, 0o644); err != nil {
							t.Fatal(err)
						}
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if os.IsNotExist(err) {
					want = original
				} else if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s after tflint --fix:\n%s\nwant:\n%s", name, got, want)
				}
			}
			checkAfterFix(t, dir, work, fixed)
		})
	}
}

// checkAfterFix lints the fixed copy against the fixture's afterFixGolden
// and runs `--fix` on it again, which must leave every file as it is.
func checkAfterFix(t *testing.T, dir, work string, fixed map[string][]byte) {
	t.Helper()
	args := append([]string{"--format", "json", "--force"}, fixtureArgs(dir)...)
	stdout, stderr, _ := RunTFLint(t, work, args...)
	// As in TestFixtures: TFLint before v0.59 prints no fixable/fixed fields.
	withFixFields := tflintAtLeast(t, "0.59.0")
	if !withFixFields {
		stdout = withoutFixFields(t, stdout)
	}
	got := normalize(t, stdout, stderr)
	golden := filepath.Join(dir, afterFixGolden)
	want, err := os.ReadFile(golden)
	if !withFixFields && err == nil {
		want = normalize(t, withoutFixFields(t, want), nil)
	}
	if *update && withFixFields {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	} else if err != nil {
		t.Fatalf("%s (run `go test ./integration -run TestFixRewritesFixtures -update` to create it)", err)
	} else if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
		t.Errorf("tflint on the fixed files differs from %s\n--- want\n%s\n--- got\n%s\nstderr:\n%s", golden, want, got, stderr)
	}
	RunTFLint(t, work, append([]string{"--fix", "--format", "json", "--force"}, fixtureArgs(dir)...)...)
	for name, once := range fixed {
		twice, err := os.ReadFile(filepath.Join(work, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(twice, once) {
			t.Errorf("%s changed when tflint --fix ran again:\n%s\nafter the first run:\n%s", name, twice, once)
		}
	}
}
