package integration

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// fixFixtures are the fixtures whose rules offer fixes.
var fixFixtures = []string{"db_manage_master_password"}

// TestFixRewritesFixtures runs the real `tflint --fix` on a copy of each fix
// fixture and compares each file tflint wrote with its golden
// `<name>.fixed`; a file without a golden must be left alone.
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
				if e.IsDir() || filepath.Ext(e.Name()) == ".fixed" || e.Name() == "result.json" {
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
			for name, original := range originals {
				got, err := os.ReadFile(filepath.Join(work, name))
				if err != nil {
					t.Fatal(err)
				}
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
		})
	}
}
