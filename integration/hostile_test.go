package integration

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sentinel is a finding every hostile configuration also holds: if it is
// missing, the hostile part made the plugin lose findings.
const sentinel = `
resource "aws_db_instance" "sentinel" {
  password = "in-state"
}
`

const hostileConfig = `plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}
`

// TestHostileInputs runs the real tflint on configurations built to break
// parsers, module loaders and evaluators. Each must end cleanly (exit 0 or 2
// with JSON output, no panic) and keep the sentinel finding.
func TestHostileInputs(t *testing.T) {
	cases := map[string]struct {
		files map[string]string
		links map[string]string // link name → target
		args  []string
		build func(t *testing.T, dir string)
	}{
		// The cycle lies under cycle/, which the root calls: a directory that
		// another calls is a module and reports nothing of its own.
		"module calls itself and forms a cycle": {
			files: map[string]string{
				"main.tf":         "module \"self\" {\n  source = \"./\"\n}\nmodule \"cycle\" {\n  source = \"./cycle\"\n}\n",
				"cycle/main.tf":   "module \"self\" {\n  source = \"./\"\n}\nmodule \"a\" {\n  source = \"./a\"\n}\n",
				"cycle/a/main.tf": "module \"b\" {\n  source = \"../b\"\n}\n",
				"cycle/b/main.tf": "module \"a\" {\n  source = \"../a\"\n}\nmodule \"up\" {\n  source = \"../\"\n}\n",
				"sentinel.tf":     sentinel,
			},
			args: []string{"--call-module-type=none"},
		},
		"module sources that are missing or outside the repository": {
			files: map[string]string{
				"main.tf":     "module \"missing\" {\n  source = \"./nowhere\"\n}\nmodule \"outside\" {\n  source = \"../../../../../../../../etc\"\n}\nmodule \"registry\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\n",
				"sentinel.tf": sentinel,
			},
			args: []string{"--call-module-type=none"},
		},
		"symlink loop fanning out": {
			files: map[string]string{
				"main.tf":           "module \"l\" {\n  source = \"./loop\"\n}\n",
				"loop/real/main.tf": "module \"x\" {\n  source = \"./again\"\n}\nmodule \"y\" {\n  source = \"./again\"\n}\nresource \"aws_vpc\" \"v\" {}\n",
				"sentinel.tf":       sentinel,
			},
			links: map[string]string{"loop/real/again": ".", "loop/main.tf": "real/main.tf", "loop/again": "real"},
			args:  []string{"--call-module-type=none"},
		},
		"invalid UTF-8 in a called module": {
			files: map[string]string{
				"main.tf":      "module \"bad\" {\n  source = \"./bad\"\n}\n",
				"bad/main.tf":  "resource \"aws_vpc\" \"v\" {\n  tags = { Name = \"\xff\xfe\xfd\" }\n}\n",
				"bad/other.tf": "# \xc3\x28 broken sequence\nresource \"aws_s3_bucket\" \"b\" {}\n",
				"sentinel.tf":  sentinel,
			},
			args: []string{"--call-module-type=none"},
		},
		"providers with no region": {
			files: map[string]string{
				"main.tf":     "provider \"aws\" {}\nprovider \"aws\" {\n  alias = \"x\"\n}\nresource \"aws_kms_key\" \"k\" {\n  provider = aws.x\n}\nresource \"aws_s3_bucket\" \"b\" {}\n",
				"sentinel.tf": sentinel,
			},
		},
		"thousands of provider aliases": {
			files: map[string]string{"sentinel.tf": sentinel},
			build: func(t *testing.T, dir string) {
				var b strings.Builder
				regions := []string{"us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"}
				for i := 0; i < 3000; i++ {
					fmt.Fprintf(&b, "provider \"aws\" {\n  alias  = \"p%d\"\n  region = %q\n}\n", i, regions[i%len(regions)])
					if i%100 == 0 {
						fmt.Fprintf(&b, "resource \"aws_vpc\" \"v%d\" {\n  provider = aws.p%d\n}\n", i, i)
					}
				}
				write(t, filepath.Join(dir, "aliases.tf"), b.String())
			},
		},
		"deeply nested expressions and blocks": {
			files: map[string]string{"sentinel.tf": sentinel},
			build: func(t *testing.T, dir string) {
				depth := 200
				expr := `{ Owner = "x" }`
				for i := 0; i < depth; i++ {
					expr = fmt.Sprintf("merge(%s, { L%d = \"%d\" })", expr, i, i)
				}
				blocks := "domain_name = \"example.com\"\n"
				for i := 0; i < depth; i++ {
					blocks = fmt.Sprintf("nested%d {\n%s}\n", i, blocks)
				}
				write(t, filepath.Join(dir, "deep.tf"), fmt.Sprintf("resource \"aws_s3_bucket\" \"deep\" {\n  tags = %s\n  %s}\nlocals {\n  l = %s\n}\n", expr, blocks, strings.Repeat("[", 300)+"1"+strings.Repeat("]", 300)))
			},
		},
		"a 50 MB file": {
			files: map[string]string{"sentinel.tf": sentinel},
			build: func(t *testing.T, dir string) {
				// Mostly comments: TFLint itself needs minutes for a 50 MB heredoc.
				var b strings.Builder
				line := "# " + strings.Repeat("padding ", 12) + "\n"
				for b.Len() < 50<<20 {
					b.WriteString(line)
				}
				b.WriteString("resource \"aws_s3_bucket\" \"big\" {\n  tags = { Owner = var.owner }\n}\nvariable \"owner\" {\n  default = \"x\"\n}\n")
				write(t, filepath.Join(dir, "big.tf"), b.String())
			},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			tc.files[".tflint.hcl"] = hostileConfig
			for rel, src := range tc.files {
				write(t, filepath.Join(dir, rel), src)
			}
			for link, target := range tc.links {
				path := filepath.Join(dir, link)
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				_ = os.Remove(path)
				if err := os.Symlink(target, path); err != nil {
					t.Fatal(err)
				}
			}
			if tc.build != nil {
				tc.build(t, dir)
			}
			stdout, stderr, code := RunTFLint(t, dir, append([]string{"--format", "json", "--force"}, tc.args...)...)
			if strings.Contains(string(stderr), "panic") || code > 2 {
				t.Fatalf("tflint exited %d\nstderr:\n%s", code, stderr)
			}
			var out struct {
				Issues []struct {
					Rule    struct{ Name string }
					Message string
				}
				Errors []json.RawMessage
			}
			if err := json.Unmarshal(stdout, &out); err != nil {
				t.Fatalf("no JSON output: %v\n%s\n%s", err, stdout, stderr)
			}
			if len(out.Errors) > 0 {
				t.Fatalf("tflint reported errors: %s", out.Errors)
			}
			for _, issue := range out.Issues {
				if strings.Contains(issue.Message, "aws_db_instance.sentinel") {
					return
				}
			}
			t.Errorf("the sentinel finding was lost; issues: %+v", out.Issues)
		})
	}
}

func write(t *testing.T, path, src string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}
