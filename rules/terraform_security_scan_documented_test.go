package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// secScanTestRunner writes files under a new directory and returns a runner
// over the .tf files of the module directory (relative to that directory).
func secScanTestRunner(t *testing.T, moduleDir string, files map[string]string) (*helper.Runner, string) {
	t.Helper()
	base := t.TempDir()
	tf := map[string]string{}
	for name, src := range files {
		path := filepath.Join(base, name)
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if filepath.Dir(name) == filepath.Clean(moduleDir) && (strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")) {
			tf[path] = src
		}
	}
	return helper.TestRunner(t, tf), base
}

func TestTerraformSecurityScanDocumentedRule(t *testing.T) {
	rule := NewTerraformSecurityScanDocumentedRule()
	const msg = "No security scan is documented for this configuration: from here up to the repository root, no README, CONTRIBUTING, docs/*.md, pre-commit hook, CI pipeline, Makefile or scanner settings file sets up tfsec, Trivy, Checkov, Terrascan or KICS. Show how to run one (e.g. `trivy config .` in the README) or run it in CI, so that misconfigurations are caught before terraform apply."
	const stack = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n"
	const documented = "# Infra\n\n```sh\ntrivy config .\n```\n"

	tests := []struct {
		name      string
		moduleDir string
		files     map[string]string
		links     map[string]string // link name → target, relative to the base directory
		want      int               // issues expected (at the first block of envs/prod/main.tf unless noted)
	}{
		{name: "nothing documented", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/README.md": "# Infra\n\nWe like trivy.\n"}, want: 1},
		{name: "README at the repository root", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/README.md": documented}},
		{name: "no repository: only the module directory", moduleDir: "plain/prod", files: map[string]string{"plain/prod/main.tf": stack, "plain/README.md": documented}, want: 1},
		{name: "symlink out of the repository", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "outside/README.md": documented}, links: map[string]string{"repo/README.md": "../outside/README.md"}, want: 1},
		{name: "not a configuration root", moduleDir: "repo/modules/vpc", files: map[string]string{"repo/.git/": "", "repo/modules/vpc/main.tf": "resource \"aws_vpc\" \"this\" {}\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runner, base := secScanTestRunner(t, tc.moduleDir, tc.files)
			for link, target := range tc.links {
				if err := os.Symlink(target, filepath.Join(base, link)); err != nil {
					t.Fatal(err)
				}
			}
			if err := rule.Check(runner); err != nil {
				t.Fatal(err)
			}
			want := helper.Issues{}
			if tc.want > 0 {
				want = helper.Issues{{Rule: rule, Message: msg, Range: hcl.Range{
					Filename: filepath.Join(base, tc.moduleDir, "main.tf"),
					Start:    hcl.Pos{Line: 1, Column: 1}, End: hcl.Pos{Line: 1, Column: 15},
				}}}
			}
			helper.AssertIssues(t, want, runner.Issues)
		})
	}
}

func TestTerraformSecurityScanDocumentedRuleReportsAtTerraformBlock(t *testing.T) {
	rule := NewTerraformSecurityScanDocumentedRule()
	runner, base := secScanTestRunner(t, "repo", map[string]string{
		"repo/.git/":            "",
		"repo/a.tf":             "resource \"aws_s3_bucket\" \"b\" {}\n",
		"repo/versions.tf.json": `{"terraform": {"backend": {"s3": {}}}}`,
	})
	if err := rule.Check(runner); err != nil {
		t.Fatal(err)
	}
	if len(runner.Issues) != 1 {
		t.Fatalf("want one issue, got %v", runner.Issues)
	}
	got := runner.Issues[0].Range
	want := hcl.Range{Filename: filepath.Join(base, "repo/versions.tf.json"), Start: hcl.Pos{Line: 1, Column: 15, Byte: 14}, End: hcl.Pos{Line: 1, Column: 16, Byte: 15}}
	if got != want {
		t.Errorf("issue at %v, want the terraform block at %v", got, want)
	}
}
