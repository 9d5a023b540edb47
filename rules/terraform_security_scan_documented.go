package rules

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// TerraformSecurityScanDocumentedRule requires a configuration's repository to
// document or automate a static security scan of the Terraform code.
type TerraformSecurityScanDocumentedRule struct {
	tflint.DefaultRule
}

// NewTerraformSecurityScanDocumentedRule returns the rule.
func NewTerraformSecurityScanDocumentedRule() *TerraformSecurityScanDocumentedRule {
	return &TerraformSecurityScanDocumentedRule{}
}

func (r *TerraformSecurityScanDocumentedRule) Name() string {
	return "terraform_security_scan_documented"
}
func (r *TerraformSecurityScanDocumentedRule) Enabled() bool             { return true }
func (r *TerraformSecurityScanDocumentedRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *TerraformSecurityScanDocumentedRule) Link() string              { return project.ReferenceLink(r.Name()) }

const (
	// secScanMaxFileSize is how much of a file is read; a scan command sits near the top of any real document.
	secScanMaxFileSize = 1 << 20
	// secScanMaxFiles bounds the files read per check, so that a huge docs directory cannot stall the run.
	secScanMaxFiles = 256
	// secScanMaxEntries bounds the entries listed per directory.
	secScanMaxEntries = 4096
)

func (r *TerraformSecurityScanDocumentedRule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	if !cfg.IsConfigurationRoot {
		return nil
	}
	var at hcl.Range
	switch {
	case len(cfg.Module.TerraformBlocks) > 0:
		at = cfg.Module.TerraformBlocks[0].DefRange
	case cfg.Module.FirstBlock != nil:
		at = *cfg.Module.FirstBlock
	default:
		return nil
	}
	if secScanDocumented(cfg.Module.AbsDir()) {
		return nil
	}
	return runner.EmitIssue(r, "No security scan is documented for this configuration: from here up to the repository root, no README, CONTRIBUTING, docs/*.md, pre-commit hook, CI pipeline, Makefile or scanner settings file sets up tfsec, Trivy, Checkov, Terrascan or KICS. Show how to run one (e.g. `trivy config .` in the README) or run it in CI, so that misconfigurations are caught before terraform apply.", at)
}

// secScanDocumented searches the module directory and each parent up to the
// repository root (the nearest directory holding .git, a directory or a
// worktree/submodule file); without one, only the module directory.
func secScanDocumented(moduleDir string) bool {
	dir, err := filepath.Abs(moduleDir)
	if err != nil {
		return false
	}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	root := secScanRepoRoot(dir)
	s := &secScanSearch{boundary: dir}
	dirs := []string{dir}
	if root != "" {
		s.boundary = root
		for d := dir; d != root; {
			d = filepath.Dir(d)
			dirs = append(dirs, d)
		}
	}
	for _, d := range dirs {
		if s.searchDir(d) {
			return true
		}
	}
	return false
}

// secScanRepoRoot returns the nearest directory at or above dir that holds .git, or "".
func secScanRepoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// secScanSearch reads files within a boundary directory; symbolic links that
// lead out of it are not followed.
type secScanSearch struct {
	boundary string
	read     int
}

// secScanKind is how a file's text is read.
type secScanKind int

const (
	secScanMarkdown secScanKind = iota
	secScanRST
	secScanPlain     // a text file or a README without extension: lines may be commands
	secScanScript    // CI definitions, Makefiles and the like: every line may run a command
	secScanPreCommit // .pre-commit-config.yaml
)

// secScanConfigFiles are the scanners' own settings files: their presence
// means the scanner is set up for the repository.
var secScanConfigFiles = map[string]bool{
	".checkov.yml": true, ".checkov.yaml": true, ".tfsec": true,
	"trivy.yaml": true, "trivy.yml": true, ".trivyignore": true, ".trivyignore.yaml": true,
	"kics.config": true, "terrascan.toml": true,
}

// secScanScriptFiles are files of one directory that run commands: CI
// pipelines (GitLab, Bitbucket, Azure DevOps, CodeBuild, Jenkins, Atlantis)
// and task runners.
var secScanScriptFiles = map[string]bool{
	".gitlab-ci.yml": true, ".gitlab-ci.yaml": true, "bitbucket-pipelines.yml": true,
	"azure-pipelines.yml": true, "azure-pipelines.yaml": true, "buildspec.yml": true, "buildspec.yaml": true,
	"Jenkinsfile": true, "atlantis.yaml": true, "atlantis.yml": true,
	"Makefile": true, "makefile": true, "GNUmakefile": true,
	"Taskfile.yml": true, "Taskfile.yaml": true, "taskfile.yml": true, "justfile": true, "Justfile": true,
}

func (s *secScanSearch) searchDir(dir string) bool {
	entries := secScanList(dir)
	var docs []string
	for _, e := range entries {
		name := e.Name()
		if secScanConfigFiles[name] || strings.HasPrefix(name, ".kics") {
			if _, ok := s.resolve(filepath.Join(dir, name)); ok {
				return true
			}
		}
		switch {
		case secScanDocKind(name) >= 0:
			if s.check(filepath.Join(dir, name), secScanDocKind(name)) {
				return true
			}
		case name == ".pre-commit-config.yaml" || name == ".pre-commit-config.yml":
			if s.check(filepath.Join(dir, name), secScanPreCommit) {
				return true
			}
		case secScanScriptFiles[name]:
			if s.check(filepath.Join(dir, name), secScanScript) {
				return true
			}
		case strings.EqualFold(name, "docs"):
			docs = append(docs, filepath.Join(dir, name))
		}
	}
	for _, d := range docs {
		if s.checkDir(d, secScanMarkdown, ".md", ".markdown") {
			return true
		}
	}
	return s.checkDir(filepath.Join(dir, ".github", "workflows"), secScanScript, ".yml", ".yaml") ||
		s.check(filepath.Join(dir, ".circleci", "config.yml"), secScanScript)
}

// secScanDocKind returns how a README or CONTRIBUTING file (any case) is
// read, or -1 for other names.
func secScanDocKind(name string) secScanKind {
	lower := strings.ToLower(name)
	ext := filepath.Ext(lower)
	if base := strings.TrimSuffix(lower, ext); base != "readme" && base != "contributing" {
		return -1
	}
	switch ext {
	case "", ".txt":
		return secScanPlain
	case ".md", ".markdown":
		return secScanMarkdown
	case ".rst":
		return secScanRST
	}
	return -1
}

// resolve follows symbolic links and returns the real path when it stays within the boundary.
func (s *secScanSearch) resolve(path string) (string, bool) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", false
	}
	if real != s.boundary && !strings.HasPrefix(real, s.boundary+string(filepath.Separator)) {
		return "", false
	}
	return real, true
}

// secScanList lists up to secScanMaxEntries entries of a directory; nil when it cannot be read.
func secScanList(dir string) []os.DirEntry {
	f, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer f.Close()
	entries, _ := f.ReadDir(secScanMaxEntries)
	return entries
}

// checkDir checks the files of a directory with one of the extensions (any case).
func (s *secScanSearch) checkDir(dir string, kind secScanKind, exts ...string) bool {
	real, ok := s.resolve(dir)
	if !ok {
		return false
	}
	for _, e := range secScanList(real) {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		for _, want := range exts {
			if ext == want && s.check(filepath.Join(real, e.Name()), kind) {
				return true
			}
		}
	}
	return false
}

// check reads a regular file within the boundary, up to the size and count
// limits, and reports whether it documents a scan. Unreadable files count as absent.
func (s *secScanSearch) check(path string, kind secScanKind) bool {
	if s.read >= secScanMaxFiles {
		return false
	}
	real, ok := s.resolve(path)
	if !ok {
		return false
	}
	info, err := os.Stat(real)
	if err != nil || !info.Mode().IsRegular() {
		return false
	}
	s.read++
	f, err := os.Open(real)
	if err != nil {
		return false
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, secScanMaxFileSize))
	if err != nil {
		return false
	}
	return secScanText(kind, string(src))
}

// secScanText reports whether a file's text runs or shows how to run a scanner.
func secScanText(kind secScanKind, text string) bool {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	switch kind {
	case secScanScript:
		return secScanScriptText(lines)
	case secScanPreCommit:
		return secScanPreCommitText(lines)
	case secScanRST:
		return secScanRSTText(lines)
	case secScanPlain:
		return secScanMarkdownText(lines, true)
	}
	return secScanMarkdownText(lines, false)
}

// secScanStrength is how sure a context is to hold a command.
type secScanStrength int

const (
	// secScanWeak: a code span or a line of prose text; the words after the
	// tool must look like a command's arguments.
	secScanWeak secScanStrength = iota
	// secScanStrong: a code block, a prompt line or a script.
	secScanStrong
)

var secScanFence = regexp.MustCompile("^\\s*(`{3,}|~{3,})")

// secScanMarkdownText reads Markdown: fenced code blocks, `$ ` prompt lines
// and code spans; plain text also counts lines that start with a command.
func secScanMarkdownText(lines []string, plain bool) bool {
	var block []string
	fence := ""
	for _, line := range lines {
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(line), fence) {
				if secScanCodeBlock(block) {
					return true
				}
				fence, block = "", nil
				continue
			}
			block = append(block, line)
			continue
		}
		if m := secScanFence.FindStringSubmatch(line); m != nil {
			fence = m[1]
			continue
		}
		if secScanProseLine(line, plain) {
			return true
		}
	}
	return secScanCodeBlock(block)
}

// secScanCodeBlock reads a code block of a document: shell commands, or a CI
// definition or pre-commit configuration shown as an example.
func secScanCodeBlock(lines []string) bool {
	return secScanScriptText(lines) || secScanPreCommitText(lines)
}

// secScanProseLine checks a line outside code blocks.
func secScanProseLine(line string, plain bool) bool {
	trimmed := strings.TrimSpace(line)
	if rest, ok := secScanPrompt(trimmed); ok {
		return secScanCommandLine(rest, secScanStrong)
	}
	for _, span := range secScanCodeSpans(line, "`") {
		if secScanCommandLine(span, secScanWeak) {
			return true
		}
	}
	return plain && secScanCommandLine(trimmed, secScanWeak)
}

// secScanPrompt strips a shell prompt.
func secScanPrompt(line string) (string, bool) {
	for _, p := range []string{"$ ", "PS> "} {
		if strings.HasPrefix(line, p) {
			return line[len(p):], true
		}
	}
	return "", false
}

// secScanCodeSpans returns the contents of code spans: text between two
// equally long runs of the delimiter (a backtick in Markdown, two in RST).
func secScanCodeSpans(line, delim string) []string {
	var out []string
	for i := 0; i < len(line); {
		if !strings.HasPrefix(line[i:], delim) {
			i++
			continue
		}
		n := 0
		for i+n < len(line) && strings.HasPrefix(line[i+n:], delim) {
			n += len(delim)
		}
		open := line[i : i+n]
		end := strings.Index(line[i+n:], open)
		if end < 0 {
			break
		}
		out = append(out, line[i+n:i+n+end])
		i += n + end + n
	}
	return out
}

// secScanRSTText reads reStructuredText: literal blocks after `::` and code
// directives, prompt lines and inline literals.
func secScanRSTText(lines []string) bool {
	var block []string
	literalIndent := -1
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		if literalIndent >= 0 {
			if trimmed == "" || indent > literalIndent {
				block = append(block, line)
				continue
			}
			if secScanCodeBlock(block) {
				return true
			}
			literalIndent, block = -1, nil
		}
		if strings.HasSuffix(trimmed, "::") || strings.HasPrefix(trimmed, ".. code") || strings.HasPrefix(trimmed, ".. sourcecode") {
			literalIndent = indent
			continue
		}
		if rest, ok := secScanPrompt(trimmed); ok && secScanCommandLine(rest, secScanStrong) {
			return true
		}
		for _, span := range secScanCodeSpans(line, "``") {
			if secScanCommandLine(span, secScanWeak) {
				return true
			}
		}
	}
	return secScanCodeBlock(block)
}

// secScanRunKeys are YAML keys whose values are commands.
var secScanRunKeys = map[string]bool{
	"run": true, "script": true, "command": true, "cmd": true, "entry": true,
	"before_script": true, "after_script": true, "sh": true, "bash": true, "pwsh": true,
}

var secScanYAMLKey = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*):(\s+|$)`)

// secScanScriptText reads lines that may each run a command: CI definitions,
// Makefiles, code blocks. YAML list markers, run keys, quotes, prompts and
// Makefile prefixes are stripped; continuation lines are joined.
func secScanScriptText(lines []string) bool {
	if secScanActions(lines) {
		return true
	}
	logical := ""
	for _, line := range lines {
		if strings.HasSuffix(strings.TrimRight(line, " \t"), "\\") {
			logical += strings.TrimSuffix(strings.TrimRight(line, " \t"), "\\") + " "
			continue
		}
		logical += line
		if secScanScriptLine(logical) {
			return true
		}
		logical = ""
	}
	return logical != "" && secScanScriptLine(logical)
}

func secScanScriptLine(line string) bool {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "#") {
		return false
	}
	if rest, ok := secScanPrompt(line); ok {
		line = rest
	}
	for strings.HasPrefix(line, "- ") {
		line = strings.TrimSpace(line[2:])
	}
	if m := secScanYAMLKey.FindStringSubmatch(line); m != nil {
		if !secScanRunKeys[m[1]] {
			return false
		}
		line = strings.TrimSpace(line[len(m[0]):])
	}
	line = strings.TrimLeft(line, "@+-")
	if len(line) >= 2 && (line[0] == '"' || line[0] == '\'') && line[len(line)-1] == line[0] {
		line = line[1 : len(line)-1]
	}
	return secScanCommandLine(line, secScanStrong)
}

// secScanActionUse matches a step's `uses:` value.
var secScanActionUse = regexp.MustCompile(`^(\s*)(?:-\s+)?uses:\s*["']?([^\s"'#]+)`)

// secScanActions finds the scanners' GitHub Actions (and their container
// images), and GitLab's IaC SAST template, which runs KICS.
func secScanActions(lines []string) bool {
	for i, line := range lines {
		if strings.Contains(line, "SAST-IaC") && strings.Contains(line, ".gitlab-ci.yml") && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			return true
		}
		m := secScanActionUse.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		action := strings.ToLower(m[2])
		action, _, _ = strings.Cut(action, "@")
		if image, ok := strings.CutPrefix(action, "docker://"); ok {
			tool := secScanImageTool(image)
			if tool == "trivy" {
				if secScanTrivyStep(lines, i) {
					return true
				}
				continue
			}
			if tool != "" {
				return true
			}
			continue
		}
		switch {
		case strings.HasPrefix(action, "aquasecurity/tfsec-"),
			action == "reviewdog/action-tfsec",
			strings.HasPrefix(action, "bridgecrewio/checkov-action"),
			strings.HasPrefix(action, "tenable/terrascan-action"),
			strings.HasPrefix(action, "accurics/terrascan-action"),
			strings.HasPrefix(action, "checkmarx/kics-"):
			return true
		case strings.HasPrefix(action, "aquasecurity/trivy-action"), action == "reviewdog/action-trivy":
			if secScanTrivyStep(lines, i) {
				return true
			}
		}
	}
	return false
}

// secScanTrivyScanType matches trivy-action's scan-type and reviewdog/action-trivy's trivy_command.
var secScanTrivyScanType = regexp.MustCompile(`(scan-type|trivy_command):\s*["']?(config|conf)["']?\s*(#.*)?$`)

// secScanTrivyStep reports whether the step around a `uses:` line scans
// configuration: Trivy's action and image scan container images by default.
func secScanTrivyStep(lines []string, at int) bool {
	indentOf := func(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }
	start := at
	for start >= 0 && !strings.HasPrefix(strings.TrimSpace(lines[start]), "- ") {
		start--
	}
	if start < 0 {
		start = at
	}
	stepIndent := indentOf(lines[start])
	for i := start; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		if i > start && trimmed != "" && indentOf(line) <= stepIndent {
			break
		}
		if strings.HasPrefix(trimmed, "#") {
			continue
		}
		if secScanTrivyScanType.MatchString(trimmed) || strings.Contains(trimmed, "misconfig") ||
			strings.HasPrefix(trimmed, "trivy-config:") {
			return true
		}
		if args, ok := strings.CutPrefix(trimmed, "args:"); ok && secScanTrivyArgs(strings.Fields(strings.Trim(strings.TrimSpace(args), `"'`))) {
			return true
		}
	}
	return false
}

// secScanPreCommitHooks are hook ids of antonbabenko/pre-commit-terraform and
// of the scanners' own hook repositories.
var secScanPreCommitHooks = map[string]bool{
	"terraform_tfsec": true, "terraform_trivy": true, "terraform_checkov": true, "terrascan": true,
	"checkov": true, "checkov_diff": true, "tfsec": true, "tfsec-docker": true, "tfsec-system": true,
	"kics": true, "kics-scan": true, "trivyconfig": true, "trivyconfig-docker": true,
}

// secScanHookRepos are the scanners' repositories that publish pre-commit hooks.
var secScanHookRepos = []string{
	"github.com/aquasecurity/tfsec", "github.com/aquasecurity/trivy", "github.com/bridgecrewio/checkov",
	"github.com/tenable/terrascan", "github.com/accurics/terrascan", "github.com/checkmarx/kics",
}

// secScanPreCommitText finds a scanner hook by id, by repository or by its entry command.
func secScanPreCommitText(lines []string) bool {
	for _, line := range lines {
		line = strings.TrimSpace(line)
		for strings.HasPrefix(line, "- ") {
			line = strings.TrimSpace(line[2:])
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		if i := strings.Index(value, " #"); i >= 0 {
			value = value[:i]
		}
		value = strings.Trim(strings.TrimSpace(value), `"'`)
		switch key {
		case "id":
			if secScanPreCommitHooks[value] {
				return true
			}
		case "repo":
			lower := strings.ToLower(strings.TrimSuffix(value, ".git"))
			for _, repo := range secScanHookRepos {
				if strings.HasSuffix(lower, repo) {
					return true
				}
			}
		case "entry":
			if secScanCommandLine(value, secScanStrong) {
				return true
			}
		}
	}
	return false
}

// secScanSeparators split a command line into simple commands.
var secScanSeparators = regexp.MustCompile(`&&|\|\||[;|()]`)

// secScanSubstitution is a command substitution: its output is an argument.
var secScanSubstitution = regexp.MustCompile("\\$\\([^()]*\\)|`[^`]*`")

// secScanWrappers run the command that follows them.
var secScanWrappers = map[string]bool{
	"sudo": true, "exec": true, "time": true, "command": true, "nice": true, "nohup": true, "env": true, "uvx": true,
}

// secScanRunners run the command after their `run` word.
var secScanRunners = map[string]bool{"pipx": true, "uv": true, "poetry": true, "pipenv": true, "pdm": true}

var secScanAssignment = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=`)

// secScanCommandLine reports whether a command line runs a scanner on IaC.
func secScanCommandLine(line string, strength secScanStrength) bool {
	for {
		plain := secScanSubstitution.ReplaceAllString(line, "$$SUBST")
		if plain == line {
			break
		}
		line = plain
	}
	for _, part := range secScanSeparators.Split(line, -1) {
		words := strings.Fields(part)
		for i := range words {
			words[i] = strings.Trim(words[i], `"'`)
		}
		if tool, args := secScanInvocation(words); tool != "" && secScanArgsRun(tool, args, strength) {
			return true
		}
	}
	return false
}

// secScanInvocation finds the scanner a simple command runs, directly,
// through wrappers or from the scanner's container image.
func secScanInvocation(words []string) (tool string, args []string) {
	for len(words) > 0 {
		w := words[0]
		switch {
		case secScanAssignment.MatchString(w), secScanWrappers[w], strings.HasPrefix(w, "-") && len(words) > 1:
			words = words[1:]
			continue
		case secScanRunners[w] && len(words) > 1 && words[1] == "run":
			words = words[2:]
			continue
		case w == "sh" || w == "bash" || w == "zsh":
			// `sh -c 'cmd'`, and Jenkins' `sh 'cmd'` step.
			words = words[1:]
			if len(words) > 0 && words[0] == "-c" {
				words = words[1:]
			}
			continue
		case w == "docker" || w == "podman" || w == "nerdctl":
			for i, img := range words[1:] {
				if t := secScanImageTool(img); t != "" {
					return t, words[i+2:]
				}
			}
			return "", nil
		}
		break
	}
	if len(words) == 0 {
		return "", nil
	}
	name := strings.TrimSuffix(filepath.Base(words[0]), ".exe")
	switch name {
	case "tfsec", "trivy", "checkov", "terrascan", "kics":
		return name, words[1:]
	}
	return "", nil
}

// secScanImages maps the scanners' container image names to the scanner.
var secScanImages = map[string]string{
	"tfsec": "tfsec", "tfsec-ci": "tfsec", "tfsec-alpine": "tfsec", "trivy": "trivy",
	"checkov": "checkov", "terrascan": "terrascan", "kics": "kics",
}

var secScanImageOrgs = map[string]bool{
	"aquasec": true, "aquasecurity": true, "bridgecrew": true, "bridgecrewio": true,
	"tenable": true, "accurics": true, "checkmarx": true,
}

// secScanImageTool returns the scanner of an image reference such as
// aquasec/trivy:0.50.0 or ghcr.io/aquasecurity/trivy, or "".
func secScanImageTool(image string) string {
	image, _, _ = strings.Cut(strings.ToLower(image), "@")
	parts := strings.Split(image, "/")
	if len(parts) < 2 {
		return ""
	}
	name, _, _ := strings.Cut(parts[len(parts)-1], ":")
	if !secScanImageOrgs[parts[len(parts)-2]] {
		return ""
	}
	return secScanImages[name]
}

// secScanArgsRun reports whether a scanner's arguments make it scan IaC.
func secScanArgsRun(tool string, args []string, strength secScanStrength) bool {
	if len(args) > 0 && secScanOnlyInfo(args) {
		return false
	}
	switch tool {
	case "trivy":
		return secScanTrivyArgs(args)
	case "terrascan", "kics":
		return secScanHas(args, "scan")
	case "checkov":
		for _, a := range args {
			flag, _, _ := strings.Cut(a, "=")
			switch flag {
			case "-d", "--directory", "-f", "--file", "--config-file":
				return true
			}
		}
		return false
	}
	// tfsec scans the current directory without arguments; in prose, its
	// arguments must look like options and paths.
	if strength == secScanStrong {
		return true
	}
	if len(args) == 0 {
		return false
	}
	afterFlag := false
	for _, a := range args {
		switch {
		case strings.HasPrefix(a, "-"):
			afterFlag = !strings.Contains(a, "=")
		case afterFlag || secScanPathLike(a):
			afterFlag = false
		default:
			return false
		}
	}
	return true
}

// secScanTrivyArgs: Trivy scans Terraform with `config`, or with the
// misconfiguration scanner switched on for a filesystem or repository scan.
func secScanTrivyArgs(args []string) bool {
	for i, a := range args {
		switch {
		case a == "config" || a == "conf" || strings.Contains(a, "misconfig"):
			return true
		case strings.HasPrefix(a, "--security-checks"):
			value, ok := strings.CutPrefix(a, "--security-checks=")
			if !ok && i+1 < len(args) {
				value = args[i+1]
			}
			if strings.Contains(value, "config") {
				return true
			}
		}
	}
	return false
}

func secScanOnlyInfo(args []string) bool {
	for _, a := range args {
		switch a {
		case "-v", "--version", "version", "-h", "--help", "help":
		default:
			return false
		}
	}
	return true
}

func secScanHas(args []string, word string) bool {
	for _, a := range args {
		if a == word {
			return true
		}
	}
	return false
}

func secScanPathLike(a string) bool {
	return a == "." || a == ".." || strings.ContainsAny(a, "/\\") || strings.HasPrefix(a, "$") ||
		strings.HasPrefix(a, "~") || strings.HasSuffix(a, ".tf")
}
