package scandocs

import (
	"fmt"
	"strings"
	"testing"
)

func TestDocuments(t *testing.T) {
	tests := []struct {
		name string
		kind kind
		text string
		want bool
	}{
		// Markdown: code blocks, prompts and code spans, never prose.
		{"prose mention", markdown, "We like trivy and tfsec.\n", false},
		{"prose command without markup", markdown, "Run trivy config . before applying.\n", true},
		{"prose instruction with a command", markdown, "To scan, run checkov -d .\n", true},
		{"command alone on a line", markdown, "Scan:\ntrivy config .\n", true},
		{"prose run of a mere name", markdown, "We run tfsec in CI.\n", false},
		{"fenced trivy", markdown, "```sh\ntrivy config .\n```\n", true},
		{"fenced trivy image scan", markdown, "```sh\ntrivy image nginx:latest\n```\n", false},
		{"fenced trivy fs without misconfig", markdown, "```\ntrivy fs .\n```\n", false},
		{"fenced trivy fs with misconfig", markdown, "```\ntrivy fs --scanners vuln,misconfig .\n```\n", true},
		{"fenced trivy legacy security checks", markdown, "```\ntrivy fs --security-checks config .\n```\n", true},
		{"fenced trivy global flag first", markdown, "```\ntrivy --cache-dir /tmp/trivy config .\n```\n", true},
		{"fenced tfsec alone", markdown, "~~~\ntfsec\n~~~\n", true},
		{"fenced tfsec version only", markdown, "```\ntfsec --version\n```\n", false},
		{"fenced checkov", markdown, "```bash\ncheckov -d . --framework terraform\n```\n", true},
		{"fenced checkov without target", markdown, "```bash\npip install checkov\ncheckov --list\n```\n", false},
		{"fenced checkov directory=", markdown, "```\ncheckov --directory=infra\n```\n", true},
		{"fenced checkov secrets only", markdown, "```\ncheckov -d . --framework secrets\n```\n", false},
		{"fenced checkov frameworks with terraform", markdown, "```\ncheckov -d . --framework secrets terraform\n```\n", true},
		{"fenced checkov framework=", markdown, "```\ncheckov --framework=terraform_plan -f plan.json\n```\n", true},
		{"fenced checkov framework list", markdown, "```\ncheckov -d . --framework dockerfile,kubernetes\n```\n", false},
		{"fenced terrascan other iac type", markdown, "```\nterrascan scan -i k8s\n```\n", false},
		{"fenced kics other types", markdown, "```\nkics scan -p . --type Dockerfile,Kubernetes\n```\n", false},
		{"fenced kics terraform type", markdown, "```\nkics scan -p . -t Terraform\n```\n", true},
		{"fenced trivy misconfig scanners without terraform", markdown, "```\ntrivy config --misconfig-scanners dockerfile .\n```\n", false},
		{"fenced terrascan", markdown, "```\nterrascan scan -i terraform\n```\n", true},
		{"fenced terrascan init only", markdown, "```\nterrascan init\n```\n", false},
		{"fenced kics", markdown, "```\nkics scan -p .\n```\n", true},
		{"fenced kics version", markdown, "```\nkics version\n```\n", false},
		{"fenced snyk iac test", markdown, "```\nsnyk iac test terraform/\n```\n", true},
		{"fenced snyk dependency test", markdown, "```\nsnyk test\n```\n", false},
		{"fenced snyk code test", markdown, "```\nsnyk code test\n```\n", false},
		{"indented fence in a list", markdown, "1. Scan:\n\n    ```\n    tfsec .\n    ```\n", true},
		{"unclosed fence", markdown, "```\ncheckov -f main.tf\n", true},
		{"byte order mark before the fence", markdown, "\uFEFF```bash\ntfsec .\n```\n", true},
		{"indented code block", markdown, "Run the scan before opening a PR:\n\n    tfsec .\n", true},
		{"indented code block at the start", markdown, "    tfsec .\n", true},
		{"tab-indented code block", markdown, "Scan:\n\n\ttfsec .\n", true},
		{"indented block after a heading", markdown, "## Scan\n    checkov -d .\n", true},
		{"indented line continues a paragraph", markdown, "Before applying\n    tfsec .\n", true},
		{"indented paragraph of a list item", markdown, "- Scan\n\n    tfsec is run in CI.\n", false},
		{"indented code in a list item", markdown, "- Scan:\n\n      tfsec .\n", true},
		{"indented code after a list", markdown, "- Scan\n\nThen:\n\n    tfsec .\n", true},
		{"html pre block", markdown, "<pre>\ntfsec .\n</pre>\n", true},
		{"html pre and code on one line", markdown, "<pre><code>terraform init &amp;&amp; tfsec .</code></pre>\n", true},
		{"html pre block is code", markdown, "<pre>\ntfsec is great\n</pre>\n", true},
		{"html code block over lines", markdown, "<code>\ncheckov -d .\n</code>\n", true},
		{"html pre end tag after letters that lengthen in lower case", markdown, "<pre>\ntfsec . # İİİİİİİİİİ</PRE>\n", true},
		{"html code span", markdown, "Run <code>trivy config .</code> first.\n", true},
		{"html code span name only", markdown, "<code>tfsec</code> is popular.\n", false},
		{"fenced block in an html comment", markdown, "<!--\n```\ntfsec .\n```\n-->\n", false},
		{"prompt in a one-line html comment", markdown, "<!-- $ tfsec . -->\n", false},
		{"code span in an inline html comment", markdown, "Scan it. <!-- `tfsec .` -->\n", false},
		{"fence after an html comment", markdown, "<!-- old -->\n\n```\ntfsec .\n```\n", true},
		{"html comment inside a fence", markdown, "```\n<!--\ntfsec .\n```\n", true},
		{"prompt line", markdown, "$ tfsec . --minimum-severity HIGH\n", true},
		{"commented out in a block", markdown, "```\n# tfsec .\n```\n", false},
		{"chained commands", markdown, "```\nterraform init && trivy config --exit-code 1 .\n```\n", true},
		{"continuation line", markdown, "```\ncheckov \\\n  -d .\n```\n", true},
		{"wrapper and env", markdown, "```\nTRIVY_SEVERITY=HIGH sudo -E trivy config .\n```\n", true},
		{"runner", markdown, "```\npipx run checkov -d .\n```\n", true},
		{"path-qualified binary", markdown, "```\n./bin/tfsec.exe infra\n```\n", true},
		{"docker image", markdown, "```\ndocker run --rm -v \"$(pwd):/src\" aquasec/tfsec /src\n```\n", true},
		{"docker trivy image scanning config", markdown, "```\ndocker run --rm -v $PWD:/w ghcr.io/aquasecurity/trivy:0.50.0 config /w\n```\n", true},
		{"docker trivy image scanning an image", markdown, "```\ndocker run aquasec/trivy image alpine\n```\n", false},
		{"docker unrelated image named like a tool", markdown, "```\ndocker run example/tfsec /src\n```\n", false},
		{"code span command", markdown, "Run `trivy config .` first.\n", true},
		{"code span tfsec with path", markdown, "Run `tfsec ./infra` first.\n", true},
		{"code span name only", markdown, "We use `tfsec` and `checkov`.\n", false},
		{"bare tfsec span told to run", markdown, "Run `tfsec` in this directory before opening a pull request.\n", true},
		{"bare checkov span told to run", markdown, "Run `checkov` in this directory.\n", false},
		{"bare trivy span told to run", markdown, "Execute `trivy` before applying.\n", false},
		{"run verb inside a word", markdown, "The `tfsec` rerun is optional.\n", false},
		{"code span tfsec prose", markdown, "`tfsec is great`\n", false},
		{"code span double backticks", markdown, "Run ``checkov -d .`` now.\n", true},
		{"capitalised name is prose", markdown, "`Trivy config` is documented elsewhere.\n", false},
		{"yaml workflow snippet", markdown, "```yaml\nsteps:\n  - uses: bridgecrewio/checkov-action@v12\n```\n", true},
		{"pre-commit snippet", markdown, "```yaml\n- repo: https://github.com/antonbabenko/pre-commit-terraform\n  hooks:\n    - id: terraform_trivy\n```\n", true},
		{"hcl block is not a command", markdown, "```hcl\nresource \"x\" \"tfsec\" {}\n```\n", false},

		// Plain text: lines may start with a command.
		{"plain command line", plain, "To scan:\n    tfsec . --soft-fail\n", true},
		{"plain list item", plain, "- checkov -d .\n", true},
		{"plain mention", plain, "tfsec is used in CI.\nterrascan is great\n", false},
		{"plain indented mention", plain, "Notes:\n\n    tfsec is used in CI.\n", false},

		// reStructuredText.
		{"rst literal block", rst, "Scan it::\n\n    trivy config .\n\nDone.\n", true},
		{"rst code directive", rst, ".. code-block:: bash\n\n   kics scan -p .\n", true},
		{"rst inline literal", rst, "Run ``tfsec .`` first.\n", true},
		{"rst bare tfsec told to run", rst, "Run ``tfsec`` here.\n", true},
		{"rst bare tfsec named", rst, "We use ``tfsec``.\n", false},
		{"rst prose", rst, "We run tfsec in CI.\n", false},
		{"rst block ended before command", rst, "Example::\n\n    terraform plan\n\ntfsec .\n", false},

		// CI definitions and Makefiles.
		{"workflow run step", pipeline, "jobs:\n  scan:\n    steps:\n      - run: tfsec .\n", true},
		{"workflow run block", pipeline, "steps:\n  - name: Scan\n    run: |\n      terraform init\n      trivy config --severity HIGH .\n", true},
		{"workflow quoted run", pipeline, "- run: \"checkov -d .\"\n", true},
		{"workflow folded run", pipeline, "steps:\n  - run: >-\n      checkov\n      --directory .\n      --quiet\n  - run: echo done\n", true},
		{"workflow folded run broken by a blank line", pipeline, "- run: >\n    checkov\n\n    --directory .\n", false},
		{"workflow literal run with continuation lines", pipeline, "- run: |\n    checkov \\\n      --directory .\n", true},
		{"workflow literal run lines are separate commands", pipeline, "- run: |\n    checkov\n    --directory .\n", false},
		{"workflow tool looked up", pipeline, "- run: command -v tfsec || echo \"tfsec not installed, skipping\"\n", false},
		{"workflow tool run through command", pipeline, "- run: command tfsec .\n", true},
		{"workflow step name is not a command", pipeline, "- name: tfsec .\n", false},
		{"workflow tfsec action", pipeline, "steps:\n  - uses: aquasecurity/tfsec-action@v1.0.3\n", true},
		{"workflow tfsec pr commenter", pipeline, "- uses: aquasecurity/tfsec-pr-commenter-action@v1.3.1\n", true},
		{"workflow terrascan action", pipeline, "- uses: tenable/terrascan-action@main\n", true},
		{"workflow triat tfsec action", pipeline, "- name: Terraform security scan\n  uses: triat/terraform-security-scan@v3.0.3\n", true},
		{"workflow bridgecrew action", pipeline, "- uses: bridgecrewio/bridgecrew-action@master\n  with:\n    directory: .\n", true},
		{"workflow checkov action framework from a matrix", pipeline, "- uses: bridgecrewio/checkov-action@v12\n  with:\n    framework: ${{ matrix.framework }}\n", true},
		{"workflow checkov action terraform", pipeline, "- uses: bridgecrewio/checkov-action@v12\n  with:\n    framework: terraform # IaC\n", true},
		{"workflow checkov action secrets only", pipeline, "- uses: bridgecrewio/checkov-action@v12\n  with:\n    framework: secrets\n- uses: actions/checkout@v4\n  with:\n    framework: terraform\n", false},
		{"workflow kics action", pipeline, "- uses: Checkmarx/kics-github-action@v2.1.0\n", true},
		{"workflow snyk iac action", pipeline, "- uses: snyk/actions/iac@master\n  with:\n    file: terraform/\n", true},
		{"workflow snyk dependency action", pipeline, "- uses: snyk/actions/node@master\n", false},
		{"workflow composite snyk-iac action", pipeline, "- uses: ministryofjustice/opg-github-actions/actions/snyk-iac@v3\n", true},
		{"workflow commented action", pipeline, "# - uses: bridgecrewio/checkov-action@v12\n", false},
		{"workflow trivy action image scan", pipeline, "steps:\n  - uses: aquasecurity/trivy-action@0.28.0\n    with:\n      image-ref: app:latest\n  - uses: actions/checkout@v4\n    with:\n      scan-type: config\n", false},
		{"workflow trivy action config scan", pipeline, "steps:\n  - name: IaC\n    uses: aquasecurity/trivy-action@0.28.0\n    with:\n      scan-type: 'config'\n      scan-ref: .\n", true},
		{"workflow trivy action fs misconfig", pipeline, "- uses: aquasecurity/trivy-action@master\n  with:\n    scan-type: fs\n    scanners: vuln,misconfig\n", true},
		{"workflow reviewdog tfsec action", pipeline, "steps:\n  - uses: reviewdog/action-tfsec@v1\n    with:\n      github_token: ${{ secrets.github_token }}\n", true},
		{"workflow reviewdog trivy config", pipeline, "- uses: reviewdog/action-trivy@v1\n  with:\n    trivy_command: config\n    trivy_target: .\n", true},
		{"workflow reviewdog trivy image", pipeline, "- uses: reviewdog/action-trivy@v1\n  with:\n    trivy_command: image\n    trivy_target: app:latest\n", false},
		{"workflow docker action", pipeline, "- uses: docker://aquasec/tfsec:latest\n", true},
		{"workflow docker trivy with args", pipeline, "- uses: docker://aquasec/trivy:latest\n  with:\n    args: config .\n", true},
		{"gitlab script list", pipeline, "tfsec:\n  image: aquasec/tfsec-ci\n  script:\n    - tfsec . --format junit\n", true},
		{"gitlab job named like a tool", pipeline, "trivy:\n  script:\n    - echo skipped\n", false},
		{"gitlab IaC SAST template", pipeline, "include:\n  - template: Jobs/SAST-IaC.gitlab-ci.yml\n", true},
		{"makefile recipe", shell, ".PHONY: scan\nscan:\n\t@trivy config --exit-code 1 .\n", true},
		{"makefile bash -c", shell, "scan:\n\tbash -c 'tfsec .'\n", true},
		{"jenkins sh step", shell, "stage('scan') {\n  steps {\n    sh 'checkov -d . --quiet'\n  }\n}\n", true},
		{"codebuild commands", pipeline, "phases:\n  build:\n    commands:\n      - tfsec --no-colour .\n", true},
		{"shell script is not the scanner", shell, "scan:\n\tbash ./scripts/tfsec-wrapper.sh\n", false},
		{"makefile variable", shell, "TFSEC = tfsec\nlint:\n\tterraform fmt -check\n", false},

		// pre-commit.
		{"pre-commit terrascan hook of its own repository", preCommit, "repos:\n  - repo: https://github.com/accurics/terrascan\n    rev: v1.18.0\n    hooks:\n      - id: terraform-pre-commit\n        args: ['-i terraform']\n", true},
		{"pre-commit generic hook id elsewhere", preCommit, "repos:\n  - repo: https://github.com/example/hooks\n    rev: v1\n    hooks:\n      - id: terraform-pre-commit\n", false},
		{"pre-commit antonbabenko hook", preCommit, "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    rev: v1.96.1\n    hooks:\n      - id: terraform_fmt\n      - id: terraform_checkov # security\n", true},
		{"pre-commit formatting only", preCommit, "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    hooks:\n      - id: terraform_fmt\n      - id: terraform_tflint\n", false},
		{"pre-commit commented hook", preCommit, "hooks:\n  # - id: terraform_tfsec\n  - id: terraform_fmt\n", false},
		{"pre-commit checkov secrets hook", preCommit, "- repo: https://github.com/bridgecrewio/checkov.git\n  rev: 3.2.0\n  hooks:\n    - id: checkov_secrets\n", false},
		{"pre-commit checkov container hook", preCommit, "- repo: https://github.com/bridgecrewio/checkov.git\n  hooks:\n    - id: checkov_container\n", true},
		{"pre-commit trivy filesystem hook", preCommit, "- repo: https://github.com/aquasecurity/trivy\n  hooks:\n    - id: trivyfs-go\n", false},
		{"pre-commit flow style hooks", preCommit, "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    rev: v1.96.1\n    hooks: [{id: terraform_fmt}, {id: terraform_trivy}]\n", true},
		{"pre-commit flow style hook item", preCommit, "hooks:\n  - {id: terraform_checkov, args: [--args=--quiet]}\n", true},
		{"pre-commit flow style formatting only", preCommit, "hooks: [{id: terraform_fmt}, {id: terraform_tflint}]\n", false},
		{"pre-commit flow style commented", preCommit, "# hooks: [{id: terraform_trivy}]\nhooks: [{id: terraform_fmt}] # {id: terraform_tfsec}\n", false},
		{"pre-commit local entry", preCommit, "- repo: local\n  hooks:\n    - id: scan\n      entry: bash -c 'trivy config .'\n      language: system\n", true},

		// What a YAML parser decides. CI services and pre-commit refuse a
		// file they cannot parse, so a broken file runs nothing; the
		// hand-written line reader found commands in these.
		{"workflow that is not YAML: tab indentation", pipeline, "jobs:\n  scan:\n    steps:\n      - uses: actions/checkout@v4\n\t  - run: tfsec .\n", false},
		{"workflow that is not YAML: step out of line", pipeline, "jobs:\n  scan:\n    steps:\n      - uses: actions/checkout@v4\n     - run: tfsec .\n", false},
		{"workflow that is not YAML: unclosed quote", pipeline, "steps:\n  - run: tfsec .\n    name: \"unclosed\n", false},
		{"pre-commit that is not YAML", preCommit, "hooks:\n  - id: terraform_trivy\n   bad: [\n", false},
		{"documents before a broken one count", pipeline, "steps:\n  - run: tfsec .\n---\nx: [\n", true},
		{"a later document of the stream", pipeline, "---\nname: ci\n---\nsteps:\n  - run: tfsec .\n", true},
		// Only commands are commands: text under other keys is not run.
		{"block scalar of a description", pipeline, "description: |\n  tfsec .\n", false},
		{"list of tags", pipeline, "tags:\n  - tfsec\n", false},
		{"trivy action named misconfig scanning an image", pipeline, "- uses: aquasecurity/trivy-action@0.28.0\n  name: Trivy misconfig scan\n  with:\n    image-ref: app\n", false},
		{"checkov action frameworks as a list", pipeline, "- uses: bridgecrewio/checkov-action@v12\n  with:\n    framework: [secrets, terraform]\n", true},
		{"gitlab script from an anchor", pipeline, ".scan: &scan\n  - tfsec .\njob:\n  script: *scan\n", true},
		{"gitlab anchor not used as a script", pipeline, ".scan: &scan\n  - tfsec .\njob:\n  tags: *scan\n", false},
		{"trivy action inputs from an anchor", pipeline, ".inputs: &inputs {scan-type: config}\nsteps:\n  - uses: aquasecurity/trivy-action@0.28.0\n    with: *inputs\n", true},
		{"checkov action framework from an anchor", pipeline, "- uses: bridgecrewio/checkov-action@v12\n  with: {framework: &secrets secrets}\n- uses: bridgecrewio/checkov-action@v12\n  with: {framework: *secrets}\n", false},
		{"gitlab job merged from a template", pipeline, ".base: &base\n  script:\n    - tfsec .\njob:\n  <<: *base\n", true},
		{"gitlab script by reference tag", pipeline, "job:\n  script:\n    - !reference [.setup, script]\n    - kics scan -p .\n", true},
		{"taskfile cmds", pipeline, "tasks:\n  scan:\n    cmds:\n      - trivy config .\n", true},
		{"circleci run command", pipeline, "steps:\n  - run:\n      name: scan\n      command: checkov -d .\n", true},
		{"circleci run name is not a command", pipeline, "steps:\n  - run:\n      name: tfsec .\n      command: make\n", false},
		{"makefile recipe on the target line", shell, "scan: ; tfsec .\n", true},
		{"workflow snippet with an elision", markdown, "```yaml\nsteps:\n  ...\n  - run: tfsec .\n```\n", true},
		{"workflow snippet in a list item", markdown, "1. Add:\n\n   ```yaml\n   - name: scan\n     run: tfsec .\n   ```\n", true},
		{"snippet that is not YAML counts only for its shell lines", markdown, "```yaml\nsteps:\n\t- run: tfsec .\n```\n", false},
		{"list item of a broken snippet is a shell line", markdown, "```yaml\nscript:\n\t- tfsec .\n```\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := documents(tc.kind, tc.text); got != tc.want {
				t.Errorf("documents(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestDocumentsAliasesOfAliases reads a pipeline whose script expands to
// 3^40 commands: the walk follows each alias once per context, so it ends.
func TestDocumentsAliasesOfAliases(t *testing.T) {
	var src strings.Builder
	src.WriteString("a0: &a0 [echo, tfsec .]\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&src, "a%d: &a%d [*a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1)
	}
	src.WriteString("job:\n  tags: *a40\n  script: *a40\n")
	if !documents(pipeline, src.String()) {
		t.Error("the script's scan was not found")
	}
}
