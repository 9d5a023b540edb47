package scandocs

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// writeTree writes files under a new directory (a name ending in / is a
// directory) and returns that directory.
func writeTree(t *testing.T, files map[string]string, links map[string]string) string {
	t.Helper()
	base := t.TempDir()
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
	}
	for link, target := range links {
		if err := os.Symlink(target, filepath.Join(base, link)); err != nil {
			t.Fatal(err)
		}
	}
	return base
}

func TestFind(t *testing.T) {
	const stack = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n"
	const documented = "# Infra\n\n```sh\ntrivy config .\n```\n"
	big := strings.Repeat("filler line\n", maxFileSize/12+1)
	manyIncludes := "include:\n" + strings.Repeat("  - local: missing.yml\n", maxIncludes)

	tests := []struct {
		name         string
		moduleDir    string
		files        map[string]string
		links        map[string]string // link name → target, relative to the base directory
		undocumented bool
	}{
		{name: "nothing documented", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/README.md": "# Infra\n\nWe like trivy.\n"}, undocumented: true},
		{name: "README at the repository root", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/README.md": documented}},
		{name: "README in between, any case", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/envs/ReadMe.MD": documented}},
		{name: "README without extension", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/envs/prod/README": "Scan with:\n  checkov -d .\n"}},
		{name: "README.rst", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/README.rst": "Run ``tfsec .``.\n"}},
		{name: "CONTRIBUTING", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/CONTRIBUTING.md": documented}},
		{name: "docs page", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/docs/security.md": documented}},
		{name: "docs page at any depth", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/docs/architecture/ci/security.md": documented}},
		{name: "docs of a documentation site", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/webpage/docs/deployment/ci-cd.md": documented}},
		{name: "docs in a child of the module directory", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/envs/prod/runbook/docs/scan.md": documented}},
		{name: "docs two levels below a searched directory are not a documentation tree", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/services/api/docs/scan.md": documented}, undocumented: true},
		{name: "a mere mention in a nested docs page", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/docs/deep/tools.md": "# Tools\n\nWe like checkov and trivy.\n"}, undocumented: true},
		{name: "hidden and package directories of docs are not read", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/docs/.cache/scan.md": documented, "repo/docs/node_modules/pkg/scan.md": documented, "repo/.hidden/docs/scan.md": documented}, undocumented: true},
		{name: "docs pages that are not Markdown", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/docs/deep/scan.txt": "trivy config .\n"}, undocumented: true},
		{name: "nested docs linked out of the repository", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "outside/scan.md": documented, "repo/docs/index.md": "# Docs\n"}, links: map[string]string{"repo/docs/ext": "../../outside"}, undocumented: true},
		{name: "docs link cycle", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/docs/a/index.md": "# A\n"}, links: map[string]string{"repo/docs/a/loop": "..", "repo/docs/b": "a"}, undocumented: true},
		{name: "workflow", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.github/workflows/ci.yaml": "jobs:\n  s:\n    steps:\n      - uses: aquasecurity/tfsec-action@v1.0.0\n"}},
		{name: "gitlab", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "scan:\n  script:\n    - kics scan -p .\n"}},
		{name: "gitlab local include", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - local: .gitlab/ci/security.gitlab-ci.yml\n", "repo/.gitlab/ci/security.gitlab-ci.yml": "tfsec:\n  script:\n    - tfsec .\n"}},
		{name: "gitlab include strings, nested, from the project root", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n- '/ci/base.yml'\n- https://example.com/remote.yml\nstages: [test]\n", "repo/ci/base.yml": "include: [ci/jobs/scan.yml]\n", "repo/ci/jobs/scan.yml": "scan:\n  script: checkov -d .\n"}},
		{name: "gitlab include by wildcard", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - local: 'ci/*.yml'\n", "repo/ci/build.yml": "build:\n  script: make\n", "repo/ci/scan.yml": "scan:\n  script: trivy config .\n"}},
		{name: "gitlab child pipeline include", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "security:\n  trigger:\n    include: ci/security.yml\n", "repo/ci/security.yml": "scan:\n  script:\n    - kics scan -p .\n"}},
		{name: "gitlab include of another project's file", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - project: group/ci\n    file:\n      - /scan.yml\n", "repo/scan.yml": "scan:\n  script: tfsec .\n"}, undocumented: true},
		{name: "gitlab includes beyond the limit", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": manyIncludes + "  - local: scan.yml\n", "repo/scan.yml": "scan:\n  script: tfsec .\n"}, undocumented: true},
		{name: "gitlab includes within the limit", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": manyIncludes[:len(manyIncludes)-len("  - local: missing.yml\n")] + "  - local: scan.yml\n", "repo/scan.yml": "scan:\n  script: tfsec .\n"}},
		{name: "gitlab include cycle", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include: a.yml\n", "repo/a.yml": "include: b.yml\n", "repo/b.yml": "include: a.yml\n"}, undocumented: true},
		{name: "gitlab include out of the repository", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - local: ../outside/*.yml\n", "outside/scan.yml": "scan:\n  script: tfsec .\n"}, undocumented: true},
		{name: "gitlab include linked out of the repository", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - local: ci/scan.yml\n", "outside/scan.yml": "scan:\n  script: tfsec .\n"}, links: map[string]string{"repo/ci": "../outside"}, undocumented: true},
		{name: "pre-commit", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.pre-commit-config.yaml": "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    hooks:\n      - id: terraform_tfsec\n"}},
		{name: "makefile", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/Makefile": "scan:\n\ttrivy config .\n"}},
		{name: "checkov settings", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.checkov.yaml": "framework: terraform\n"}},
		{name: "tfsec settings file", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.tfsec.yml": "minimum_severity: HIGH\n"}},
		{name: "settings in .config", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.config/.checkov.yml": "framework: terraform\n"}},
		{name: ".config without scanner settings", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.config/.tflint.hcl": "config {}\n"}, undocumented: true},
		{name: "tfsec settings directory", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.tfsec/config.yml": "minimum_severity: HIGH\n"}},
		{name: "trivyignore", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.trivyignore": "AVD-AWS-0001\n"}},
		{name: "kics settings", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/envs/.kics.yaml": "path: .\n"}},
		{name: "worktree .git file", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git": "gitdir: /elsewhere/.git/worktrees/repo\n", "repo/envs/prod/main.tf": stack, "repo/README.md": documented}},
		{name: "nothing above the repository root", moduleDir: "outer/repo/prod", files: map[string]string{"outer/repo/.git/": "", "outer/repo/prod/main.tf": stack, "outer/README.md": documented}, undocumented: true},
		{name: "no repository: only the module directory", moduleDir: "plain/prod", files: map[string]string{"plain/prod/main.tf": stack, "plain/README.md": documented}, undocumented: true},
		{name: "no repository, documented in the module directory", moduleDir: "plain/prod", files: map[string]string{"plain/prod/main.tf": stack, "plain/prod/README.md": documented}},
		{name: "symlink out of the repository", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "outside/README.md": documented}, links: map[string]string{"repo/README.md": "../outside/README.md"}, undocumented: true},
		{name: "symlinked docs out of the repository", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "outside/scan.md": documented}, links: map[string]string{"repo/docs": "../outside"}, undocumented: true},
		{name: "symlink within the repository", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/handbook/scan.md": documented}, links: map[string]string{"repo/README.md": "handbook/scan.md"}},
		{name: "README that is a directory", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/README.md/": ""}, undocumented: true},
		{name: "command beyond the size limit", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/README.md": big + documented}, undocumented: true},
		{name: "command within the size limit", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/README.md": documented + big}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base := writeTree(t, tc.files, tc.links)
			dir := filepath.Join(base, tc.moduleDir)
			where := Find(dir, repository.FindRoot(dir))
			if tc.undocumented && where != "" {
				t.Errorf("Find found a scan in %s, want none", where)
			}
			if !tc.undocumented && where == "" {
				t.Errorf("Find found no scan")
			}
		})
	}
}

// TestFindWhere checks that Find names the file that documents the scan:
// the first one found, from the module directory up.
func TestFindWhere(t *testing.T) {
	const documented = "```sh\ntrivy config .\n```\n"
	tests := []struct {
		name  string
		files map[string]string
		where string
	}{
		{"nearest first", map[string]string{"repo/.git/": "", "repo/README.md": documented, "repo/prod/README.md": documented}, "repo/prod/README.md"},
		{"included gitlab file", map[string]string{"repo/.git/": "", "repo/prod/": "", "repo/.gitlab-ci.yml": "include: ci/scan.yml\n", "repo/ci/scan.yml": "scan:\n  script: tfsec .\n"}, "repo/ci/scan.yml"},
		{"settings in .config", map[string]string{"repo/.git/": "", "repo/prod/": "", "repo/.config/.checkov.yml": "framework: terraform\n"}, "repo/.config/.checkov.yml"},
		{"circleci", map[string]string{"repo/.git/": "", "repo/prod/": "", "repo/.circleci/config.yml": "jobs:\n  scan:\n    steps:\n      - run: tfsec .\n"}, "repo/.circleci/config.yml"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base, err := filepath.EvalSymlinks(writeTree(t, tc.files, nil))
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(base, "repo/prod")
			if got, want := Find(dir, repository.FindRoot(dir)), filepath.Join(base, tc.where); got != want {
				t.Errorf("Find = %q, want %q", got, want)
			}
		})
	}
}

// TestFindOutsideTheRoot: a root that does not hold the module directory is
// no repository of it, so only the module directory is searched.
func TestFindOutsideTheRoot(t *testing.T) {
	base := writeTree(t, map[string]string{
		"repo/.git/": "", "repo/README.md": "```sh\ntfsec .\n```\n",
		"elsewhere/prod/": "", "elsewhere/README.md": "```sh\ntfsec .\n```\n",
	}, nil)
	if where := Find(filepath.Join(base, "elsewhere/prod"), filepath.Join(base, "repo")); where != "" {
		t.Errorf("Find found a scan in %s, want none", where)
	}
}

// TestFindDocsTreeBounds: a documentation tree is read breadth-first in name
// order up to its own bounds, and a large one leaves the CI files of its
// directory their share of the file budget.
func TestFindDocsTreeBounds(t *testing.T) {
	const documented = "```sh\ntrivy config .\n```\n"
	pages := func(n int, dir string) map[string]string {
		files := map[string]string{"repo/.git/": "", "repo/prod/main.tf": ""}
		for i := range n {
			files[fmt.Sprintf("repo/docs/%s/page%04d.md", dir, i)] = "# Page\n"
		}
		return files
	}
	tests := []struct {
		name         string
		files        map[string]string
		undocumented bool
	}{
		{"page within the page bound", with(pages(maxDocFiles-1, "a"), "repo/docs/b/scan.md", documented), false},
		{"page beyond the page bound", with(pages(maxDocFiles, "a"), "repo/docs/b/scan.md", documented), true},
		{"top-level page first", with(pages(maxFiles, "a"), "repo/docs/scan.md", documented), false},
		{"workflow beside a large tree", with(pages(maxFiles, "a"), "repo/.github/workflows/ci.yml", "jobs:\n  s:\n    steps:\n      - run: tfsec .\n"), false},
		{"directories beyond the directory bound", with(dirs(maxDocDirs), "repo/docs/z/scan.md", documented), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base := writeTree(t, tc.files, nil)
			dir := filepath.Join(base, "repo/prod")
			where := Find(dir, repository.FindRoot(dir))
			if tc.undocumented && where != "" {
				t.Errorf("Find found a scan in %s, want none", where)
			}
			if !tc.undocumented && where == "" {
				t.Errorf("Find found no scan")
			}
		})
	}
}

func with(files map[string]string, name, src string) map[string]string {
	files[name] = src
	return files
}

// dirs is a repository whose docs tree has n directories before docs/z.
func dirs(n int) map[string]string {
	files := map[string]string{"repo/.git/": "", "repo/prod/main.tf": ""}
	for i := range n {
		files[fmt.Sprintf("repo/docs/d%04d/", i)] = ""
	}
	return files
}
