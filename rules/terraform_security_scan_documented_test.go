package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestTerraformSecurityScanDocumentedRuleMatcher(t *testing.T) {
	tests := []struct {
		name string
		kind secScanKind
		text string
		want bool
	}{
		// Markdown: code blocks, prompts and code spans, never prose.
		{"prose mention", secScanMarkdown, "We like trivy and tfsec.\n", false},
		{"prose command without markup", secScanMarkdown, "Run trivy config . before applying.\n", true},
		{"prose instruction with a command", secScanMarkdown, "To scan, run checkov -d .\n", true},
		{"command alone on a line", secScanMarkdown, "Scan:\ntrivy config .\n", true},
		{"prose run of a mere name", secScanMarkdown, "We run tfsec in CI.\n", false},
		{"fenced trivy", secScanMarkdown, "```sh\ntrivy config .\n```\n", true},
		{"fenced trivy image scan", secScanMarkdown, "```sh\ntrivy image nginx:latest\n```\n", false},
		{"fenced trivy fs without misconfig", secScanMarkdown, "```\ntrivy fs .\n```\n", false},
		{"fenced trivy fs with misconfig", secScanMarkdown, "```\ntrivy fs --scanners vuln,misconfig .\n```\n", true},
		{"fenced trivy legacy security checks", secScanMarkdown, "```\ntrivy fs --security-checks config .\n```\n", true},
		{"fenced trivy global flag first", secScanMarkdown, "```\ntrivy --cache-dir /tmp/trivy config .\n```\n", true},
		{"fenced tfsec alone", secScanMarkdown, "~~~\ntfsec\n~~~\n", true},
		{"fenced tfsec version only", secScanMarkdown, "```\ntfsec --version\n```\n", false},
		{"fenced checkov", secScanMarkdown, "```bash\ncheckov -d . --framework terraform\n```\n", true},
		{"fenced checkov without target", secScanMarkdown, "```bash\npip install checkov\ncheckov --list\n```\n", false},
		{"fenced checkov directory=", secScanMarkdown, "```\ncheckov --directory=infra\n```\n", true},
		{"fenced checkov secrets only", secScanMarkdown, "```\ncheckov -d . --framework secrets\n```\n", false},
		{"fenced checkov frameworks with terraform", secScanMarkdown, "```\ncheckov -d . --framework secrets terraform\n```\n", true},
		{"fenced checkov framework=", secScanMarkdown, "```\ncheckov --framework=terraform_plan -f plan.json\n```\n", true},
		{"fenced checkov framework list", secScanMarkdown, "```\ncheckov -d . --framework dockerfile,kubernetes\n```\n", false},
		{"fenced terrascan other iac type", secScanMarkdown, "```\nterrascan scan -i k8s\n```\n", false},
		{"fenced kics other types", secScanMarkdown, "```\nkics scan -p . --type Dockerfile,Kubernetes\n```\n", false},
		{"fenced kics terraform type", secScanMarkdown, "```\nkics scan -p . -t Terraform\n```\n", true},
		{"fenced trivy misconfig scanners without terraform", secScanMarkdown, "```\ntrivy config --misconfig-scanners dockerfile .\n```\n", false},
		{"fenced terrascan", secScanMarkdown, "```\nterrascan scan -i terraform\n```\n", true},
		{"fenced terrascan init only", secScanMarkdown, "```\nterrascan init\n```\n", false},
		{"fenced kics", secScanMarkdown, "```\nkics scan -p .\n```\n", true},
		{"fenced kics version", secScanMarkdown, "```\nkics version\n```\n", false},
		{"indented fence in a list", secScanMarkdown, "1. Scan:\n\n    ```\n    tfsec .\n    ```\n", true},
		{"unclosed fence", secScanMarkdown, "```\ncheckov -f main.tf\n", true},
		{"byte order mark before the fence", secScanMarkdown, "\uFEFF```bash\ntfsec .\n```\n", true},
		{"indented code block", secScanMarkdown, "Run the scan before opening a PR:\n\n    tfsec .\n", true},
		{"indented code block at the start", secScanMarkdown, "    tfsec .\n", true},
		{"tab-indented code block", secScanMarkdown, "Scan:\n\n\ttfsec .\n", true},
		{"indented block after a heading", secScanMarkdown, "## Scan\n    checkov -d .\n", true},
		{"indented line continues a paragraph", secScanMarkdown, "Before applying\n    tfsec .\n", true},
		{"indented paragraph of a list item", secScanMarkdown, "- Scan\n\n    tfsec is run in CI.\n", false},
		{"indented code in a list item", secScanMarkdown, "- Scan:\n\n      tfsec .\n", true},
		{"indented code after a list", secScanMarkdown, "- Scan\n\nThen:\n\n    tfsec .\n", true},
		{"html pre block", secScanMarkdown, "<pre>\ntfsec .\n</pre>\n", true},
		{"html pre and code on one line", secScanMarkdown, "<pre><code>terraform init &amp;&amp; tfsec .</code></pre>\n", true},
		{"html pre block is code", secScanMarkdown, "<pre>\ntfsec is great\n</pre>\n", true},
		{"html code block over lines", secScanMarkdown, "<code>\ncheckov -d .\n</code>\n", true},
		{"html pre end tag after letters that lengthen in lower case", secScanMarkdown, "<pre>\ntfsec . # İİİİİİİİİİ</PRE>\n", true},
		{"html code span", secScanMarkdown, "Run <code>trivy config .</code> first.\n", true},
		{"html code span name only", secScanMarkdown, "<code>tfsec</code> is popular.\n", false},
		{"fenced block in an html comment", secScanMarkdown, "<!--\n```\ntfsec .\n```\n-->\n", false},
		{"prompt in a one-line html comment", secScanMarkdown, "<!-- $ tfsec . -->\n", false},
		{"code span in an inline html comment", secScanMarkdown, "Scan it. <!-- `tfsec .` -->\n", false},
		{"fence after an html comment", secScanMarkdown, "<!-- old -->\n\n```\ntfsec .\n```\n", true},
		{"html comment inside a fence", secScanMarkdown, "```\n<!--\ntfsec .\n```\n", true},
		{"prompt line", secScanMarkdown, "$ tfsec . --minimum-severity HIGH\n", true},
		{"commented out in a block", secScanMarkdown, "```\n# tfsec .\n```\n", false},
		{"chained commands", secScanMarkdown, "```\nterraform init && trivy config --exit-code 1 .\n```\n", true},
		{"continuation line", secScanMarkdown, "```\ncheckov \\\n  -d .\n```\n", true},
		{"wrapper and env", secScanMarkdown, "```\nTRIVY_SEVERITY=HIGH sudo -E trivy config .\n```\n", true},
		{"runner", secScanMarkdown, "```\npipx run checkov -d .\n```\n", true},
		{"path-qualified binary", secScanMarkdown, "```\n./bin/tfsec.exe infra\n```\n", true},
		{"docker image", secScanMarkdown, "```\ndocker run --rm -v \"$(pwd):/src\" aquasec/tfsec /src\n```\n", true},
		{"docker trivy image scanning config", secScanMarkdown, "```\ndocker run --rm -v $PWD:/w ghcr.io/aquasecurity/trivy:0.50.0 config /w\n```\n", true},
		{"docker trivy image scanning an image", secScanMarkdown, "```\ndocker run aquasec/trivy image alpine\n```\n", false},
		{"docker unrelated image named like a tool", secScanMarkdown, "```\ndocker run example/tfsec /src\n```\n", false},
		{"code span command", secScanMarkdown, "Run `trivy config .` first.\n", true},
		{"code span tfsec with path", secScanMarkdown, "Run `tfsec ./infra` first.\n", true},
		{"code span name only", secScanMarkdown, "We use `tfsec` and `checkov`.\n", false},
		{"bare tfsec span told to run", secScanMarkdown, "Run `tfsec` in this directory before opening a pull request.\n", true},
		{"bare checkov span told to run", secScanMarkdown, "Run `checkov` in this directory.\n", false},
		{"bare trivy span told to run", secScanMarkdown, "Execute `trivy` before applying.\n", false},
		{"run verb inside a word", secScanMarkdown, "The `tfsec` rerun is optional.\n", false},
		{"code span tfsec prose", secScanMarkdown, "`tfsec is great`\n", false},
		{"code span double backticks", secScanMarkdown, "Run ``checkov -d .`` now.\n", true},
		{"capitalised name is prose", secScanMarkdown, "`Trivy config` is documented elsewhere.\n", false},
		{"yaml workflow snippet", secScanMarkdown, "```yaml\nsteps:\n  - uses: bridgecrewio/checkov-action@v12\n```\n", true},
		{"pre-commit snippet", secScanMarkdown, "```yaml\n- repo: https://github.com/antonbabenko/pre-commit-terraform\n  hooks:\n    - id: terraform_trivy\n```\n", true},
		{"hcl block is not a command", secScanMarkdown, "```hcl\nresource \"x\" \"tfsec\" {}\n```\n", false},

		// Plain text: lines may start with a command.
		{"plain command line", secScanPlain, "To scan:\n    tfsec . --soft-fail\n", true},
		{"plain list item", secScanPlain, "- checkov -d .\n", true},
		{"plain mention", secScanPlain, "tfsec is used in CI.\nterrascan is great\n", false},
		{"plain indented mention", secScanPlain, "Notes:\n\n    tfsec is used in CI.\n", false},

		// reStructuredText.
		{"rst literal block", secScanRST, "Scan it::\n\n    trivy config .\n\nDone.\n", true},
		{"rst code directive", secScanRST, ".. code-block:: bash\n\n   kics scan -p .\n", true},
		{"rst inline literal", secScanRST, "Run ``tfsec .`` first.\n", true},
		{"rst bare tfsec told to run", secScanRST, "Run ``tfsec`` here.\n", true},
		{"rst bare tfsec named", secScanRST, "We use ``tfsec``.\n", false},
		{"rst prose", secScanRST, "We run tfsec in CI.\n", false},
		{"rst block ended before command", secScanRST, "Example::\n\n    terraform plan\n\ntfsec .\n", false},

		// CI definitions and Makefiles.
		{"workflow run step", secScanScript, "jobs:\n  scan:\n    steps:\n      - run: tfsec .\n", true},
		{"workflow run block", secScanScript, "steps:\n  - name: Scan\n    run: |\n      terraform init\n      trivy config --severity HIGH .\n", true},
		{"workflow quoted run", secScanScript, "- run: \"checkov -d .\"\n", true},
		{"workflow folded run", secScanScript, "steps:\n  - run: >-\n      checkov\n      --directory .\n      --quiet\n  - run: echo done\n", true},
		{"workflow folded run broken by a blank line", secScanScript, "- run: >\n    checkov\n\n    --directory .\n", false},
		{"workflow literal run with continuation lines", secScanScript, "- run: |\n    checkov \\\n      --directory .\n", true},
		{"workflow literal run lines are separate commands", secScanScript, "- run: |\n    checkov\n    --directory .\n", false},
		{"workflow tool looked up", secScanScript, "- run: command -v tfsec || echo \"tfsec not installed, skipping\"\n", false},
		{"workflow tool run through command", secScanScript, "- run: command tfsec .\n", true},
		{"workflow step name is not a command", secScanScript, "- name: tfsec .\n", false},
		{"workflow tfsec action", secScanScript, "steps:\n  - uses: aquasecurity/tfsec-action@v1.0.3\n", true},
		{"workflow tfsec pr commenter", secScanScript, "- uses: aquasecurity/tfsec-pr-commenter-action@v1.3.1\n", true},
		{"workflow terrascan action", secScanScript, "- uses: tenable/terrascan-action@main\n", true},
		{"workflow triat tfsec action", secScanScript, "- name: Terraform security scan\n  uses: triat/terraform-security-scan@v3.0.3\n", true},
		{"workflow bridgecrew action", secScanScript, "- uses: bridgecrewio/bridgecrew-action@master\n  with:\n    directory: .\n", true},
		{"workflow checkov action framework from a matrix", secScanScript, "- uses: bridgecrewio/checkov-action@v12\n  with:\n    framework: ${{ matrix.framework }}\n", true},
		{"workflow checkov action terraform", secScanScript, "- uses: bridgecrewio/checkov-action@v12\n  with:\n    framework: terraform # IaC\n", true},
		{"workflow checkov action secrets only", secScanScript, "- uses: bridgecrewio/checkov-action@v12\n  with:\n    framework: secrets\n- uses: actions/checkout@v4\n  with:\n    framework: terraform\n", false},
		{"workflow kics action", secScanScript, "- uses: Checkmarx/kics-github-action@v2.1.0\n", true},
		{"workflow commented action", secScanScript, "# - uses: bridgecrewio/checkov-action@v12\n", false},
		{"workflow trivy action image scan", secScanScript, "steps:\n  - uses: aquasecurity/trivy-action@0.28.0\n    with:\n      image-ref: app:latest\n  - uses: actions/checkout@v4\n    with:\n      scan-type: config\n", false},
		{"workflow trivy action config scan", secScanScript, "steps:\n  - name: IaC\n    uses: aquasecurity/trivy-action@0.28.0\n    with:\n      scan-type: 'config'\n      scan-ref: .\n", true},
		{"workflow trivy action fs misconfig", secScanScript, "- uses: aquasecurity/trivy-action@master\n  with:\n    scan-type: fs\n    scanners: vuln,misconfig\n", true},
		{"workflow reviewdog tfsec action", secScanScript, "steps:\n  - uses: reviewdog/action-tfsec@v1\n    with:\n      github_token: ${{ secrets.github_token }}\n", true},
		{"workflow reviewdog trivy config", secScanScript, "- uses: reviewdog/action-trivy@v1\n  with:\n    trivy_command: config\n    trivy_target: .\n", true},
		{"workflow reviewdog trivy image", secScanScript, "- uses: reviewdog/action-trivy@v1\n  with:\n    trivy_command: image\n    trivy_target: app:latest\n", false},
		{"workflow docker action", secScanScript, "- uses: docker://aquasec/tfsec:latest\n", true},
		{"workflow docker trivy with args", secScanScript, "- uses: docker://aquasec/trivy:latest\n  with:\n    args: config .\n", true},
		{"gitlab script list", secScanScript, "tfsec:\n  image: aquasec/tfsec-ci\n  script:\n    - tfsec . --format junit\n", true},
		{"gitlab job named like a tool", secScanScript, "trivy:\n  script:\n    - echo skipped\n", false},
		{"gitlab IaC SAST template", secScanScript, "include:\n  - template: Jobs/SAST-IaC.gitlab-ci.yml\n", true},
		{"makefile recipe", secScanScript, ".PHONY: scan\nscan:\n\t@trivy config --exit-code 1 .\n", true},
		{"makefile bash -c", secScanScript, "scan:\n\tbash -c 'tfsec .'\n", true},
		{"jenkins sh step", secScanScript, "stage('scan') {\n  steps {\n    sh 'checkov -d . --quiet'\n  }\n}\n", true},
		{"codebuild commands", secScanScript, "phases:\n  build:\n    commands:\n      - tfsec --no-colour .\n", true},
		{"shell script is not the scanner", secScanScript, "scan:\n\tbash ./scripts/tfsec-wrapper.sh\n", false},
		{"makefile variable", secScanScript, "TFSEC = tfsec\nlint:\n\tterraform fmt -check\n", false},

		// pre-commit.
		{"pre-commit terrascan hook of its own repository", secScanPreCommit, "repos:\n  - repo: https://github.com/accurics/terrascan\n    rev: v1.18.0\n    hooks:\n      - id: terraform-pre-commit\n        args: ['-i terraform']\n", true},
		{"pre-commit generic hook id elsewhere", secScanPreCommit, "repos:\n  - repo: https://github.com/example/hooks\n    rev: v1\n    hooks:\n      - id: terraform-pre-commit\n", false},
		{"pre-commit antonbabenko hook", secScanPreCommit, "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    rev: v1.96.1\n    hooks:\n      - id: terraform_fmt\n      - id: terraform_checkov # security\n", true},
		{"pre-commit formatting only", secScanPreCommit, "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    hooks:\n      - id: terraform_fmt\n      - id: terraform_tflint\n", false},
		{"pre-commit commented hook", secScanPreCommit, "hooks:\n  # - id: terraform_tfsec\n  - id: terraform_fmt\n", false},
		{"pre-commit checkov secrets hook", secScanPreCommit, "- repo: https://github.com/bridgecrewio/checkov.git\n  rev: 3.2.0\n  hooks:\n    - id: checkov_secrets\n", false},
		{"pre-commit checkov container hook", secScanPreCommit, "- repo: https://github.com/bridgecrewio/checkov.git\n  hooks:\n    - id: checkov_container\n", true},
		{"pre-commit trivy filesystem hook", secScanPreCommit, "- repo: https://github.com/aquasecurity/trivy\n  hooks:\n    - id: trivyfs-go\n", false},
		{"pre-commit flow style hooks", secScanPreCommit, "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    rev: v1.96.1\n    hooks: [{id: terraform_fmt}, {id: terraform_trivy}]\n", true},
		{"pre-commit flow style hook item", secScanPreCommit, "hooks:\n  - {id: terraform_checkov, args: [--args=--quiet]}\n", true},
		{"pre-commit flow style formatting only", secScanPreCommit, "hooks: [{id: terraform_fmt}, {id: terraform_tflint}]\n", false},
		{"pre-commit flow style commented", secScanPreCommit, "# hooks: [{id: terraform_trivy}]\nhooks: [{id: terraform_fmt}] # {id: terraform_tfsec}\n", false},
		{"pre-commit local entry", secScanPreCommit, "- repo: local\n  hooks:\n    - id: scan\n      entry: bash -c 'trivy config .'\n      language: system\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := secScanText(tc.kind, tc.text); got != tc.want {
				t.Errorf("secScanText(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

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
	big := strings.Repeat("filler line\n", secScanMaxFileSize/12+1)
	manyIncludes := "include:\n" + strings.Repeat("  - local: missing.yml\n", secScanMaxIncludes)

	tests := []struct {
		name      string
		moduleDir string
		files     map[string]string
		links     map[string]string // link name → target, relative to the base directory
		want      int               // issues expected (at the first block of envs/prod/main.tf unless noted)
	}{
		{name: "nothing documented", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/README.md": "# Infra\n\nWe like trivy.\n"}, want: 1},
		{name: "README at the repository root", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/README.md": documented}},
		{name: "README in between, any case", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/envs/ReadMe.MD": documented}},
		{name: "README without extension", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/envs/prod/README": "Scan with:\n  checkov -d .\n"}},
		{name: "README.rst", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/README.rst": "Run ``tfsec .``.\n"}},
		{name: "CONTRIBUTING", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/CONTRIBUTING.md": documented}},
		{name: "docs page", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/docs/security.md": documented}},
		{name: "nested docs are not searched", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/docs/deep/security.md": documented}, want: 1},
		{name: "workflow", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.github/workflows/ci.yaml": "jobs:\n  s:\n    steps:\n      - uses: aquasecurity/tfsec-action@v1.0.0\n"}},
		{name: "gitlab", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "scan:\n  script:\n    - kics scan -p .\n"}},
		{name: "gitlab local include", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - local: .gitlab/ci/security.gitlab-ci.yml\n", "repo/.gitlab/ci/security.gitlab-ci.yml": "tfsec:\n  script:\n    - tfsec .\n"}},
		{name: "gitlab include strings, nested, from the project root", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n- '/ci/base.yml'\n- https://example.com/remote.yml\nstages: [test]\n", "repo/ci/base.yml": "include: [ci/jobs/scan.yml]\n", "repo/ci/jobs/scan.yml": "scan:\n  script: checkov -d .\n"}},
		{name: "gitlab include by wildcard", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - local: 'ci/*.yml'\n", "repo/ci/build.yml": "build:\n  script: make\n", "repo/ci/scan.yml": "scan:\n  script: trivy config .\n"}},
		{name: "gitlab child pipeline include", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "security:\n  trigger:\n    include: ci/security.yml\n", "repo/ci/security.yml": "scan:\n  script:\n    - kics scan -p .\n"}},
		{name: "gitlab include of another project's file", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - project: group/ci\n    file:\n      - /scan.yml\n", "repo/scan.yml": "scan:\n  script: tfsec .\n"}, want: 1},
		{name: "gitlab includes beyond the limit", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": manyIncludes + "  - local: scan.yml\n", "repo/scan.yml": "scan:\n  script: tfsec .\n"}, want: 1},
		{name: "gitlab includes within the limit", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": manyIncludes[:len(manyIncludes)-len("  - local: missing.yml\n")] + "  - local: scan.yml\n", "repo/scan.yml": "scan:\n  script: tfsec .\n"}},
		{name: "gitlab include cycle", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include: a.yml\n", "repo/a.yml": "include: b.yml\n", "repo/b.yml": "include: a.yml\n"}, want: 1},
		{name: "gitlab include out of the repository", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - local: ../outside/*.yml\n", "outside/scan.yml": "scan:\n  script: tfsec .\n"}, want: 1},
		{name: "gitlab include linked out of the repository", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.gitlab-ci.yml": "include:\n  - local: ci/scan.yml\n", "outside/scan.yml": "scan:\n  script: tfsec .\n"}, links: map[string]string{"repo/ci": "../outside"}, want: 1},
		{name: "pre-commit", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.pre-commit-config.yaml": "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    hooks:\n      - id: terraform_tfsec\n"}},
		{name: "makefile", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/Makefile": "scan:\n\ttrivy config .\n"}},
		{name: "checkov settings", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.checkov.yaml": "framework: terraform\n"}},
		{name: "tfsec settings file", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.tfsec.yml": "minimum_severity: HIGH\n"}},
		{name: "settings in .config", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.config/.checkov.yml": "framework: terraform\n"}},
		{name: ".config without scanner settings", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.config/.tflint.hcl": "config {}\n"}, want: 1},
		{name: "tfsec settings directory", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.tfsec/config.yml": "minimum_severity: HIGH\n"}},
		{name: "trivyignore", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/.trivyignore": "AVD-AWS-0001\n"}},
		{name: "kics settings", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git/": "", "repo/envs/prod/main.tf": stack, "repo/envs/.kics.yaml": "path: .\n"}},
		{name: "worktree .git file", moduleDir: "repo/envs/prod", files: map[string]string{"repo/.git": "gitdir: /elsewhere/.git/worktrees/repo\n", "repo/envs/prod/main.tf": stack, "repo/README.md": documented}},
		{name: "nothing above the repository root", moduleDir: "outer/repo/prod", files: map[string]string{"outer/repo/.git/": "", "outer/repo/prod/main.tf": stack, "outer/README.md": documented}, want: 1},
		{name: "no repository: only the module directory", moduleDir: "plain/prod", files: map[string]string{"plain/prod/main.tf": stack, "plain/README.md": documented}, want: 1},
		{name: "no repository, documented in the module directory", moduleDir: "plain/prod", files: map[string]string{"plain/prod/main.tf": stack, "plain/prod/README.md": documented}},
		{name: "symlink out of the repository", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "outside/README.md": documented}, links: map[string]string{"repo/README.md": "../outside/README.md"}, want: 1},
		{name: "symlinked docs out of the repository", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "outside/scan.md": documented}, links: map[string]string{"repo/docs": "../outside"}, want: 1},
		{name: "symlink within the repository", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/handbook/scan.md": documented}, links: map[string]string{"repo/README.md": "handbook/scan.md"}},
		{name: "README that is a directory", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/README.md/": ""}, want: 1},
		{name: "command beyond the size limit", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/README.md": big + documented}, want: 1},
		{name: "command within the size limit", moduleDir: "repo/prod", files: map[string]string{"repo/.git/": "", "repo/prod/main.tf": stack, "repo/README.md": documented + big}},
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
