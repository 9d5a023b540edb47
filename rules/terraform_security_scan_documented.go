package rules

import (
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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
	// secScanMaxIncludes bounds the GitLab include entries followed per
	// check; GitLab itself allows 150 per pipeline.
	secScanMaxIncludes = 150
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
	s := &secScanSearch{boundary: dir, seen: map[string]bool{}}
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
	seen     map[string]bool // real paths already read: links and includes may lead to a file twice
	includes int             // GitLab include entries followed
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
	".checkov.yml": true, ".checkov.yaml": true, ".tfsec": true, ".tfsec.yml": true, ".tfsec.yaml": true,
	"trivy.yaml": true, "trivy.yml": true, ".trivyignore": true, ".trivyignore.yaml": true,
	"kics.config": true, "terrascan.toml": true,
}

// secScanScriptFiles are files of one directory that run commands: CI
// pipelines (Bitbucket, Azure DevOps, CodeBuild, Jenkins, Atlantis) and task
// runners. GitLab's pipeline is read with its includes.
var secScanScriptFiles = map[string]bool{
	"bitbucket-pipelines.yml": true, "azure-pipelines.yml": true, "azure-pipelines.yaml": true,
	"buildspec.yml": true, "buildspec.yaml": true,
	"Jenkinsfile": true, "atlantis.yaml": true, "atlantis.yml": true,
	"Makefile": true, "makefile": true, "GNUmakefile": true,
	"Taskfile.yml": true, "Taskfile.yaml": true, "taskfile.yml": true, "justfile": true, "Justfile": true,
}

func (s *secScanSearch) searchDir(dir string) bool {
	entries := secScanList(dir)
	var docs []string
	for _, e := range entries {
		name := e.Name()
		if secScanConfigFile(name) {
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
		case name == ".gitlab-ci.yml" || name == ".gitlab-ci.yaml":
			if s.checkGitLab(filepath.Join(dir, name), dir) {
				return true
			}
		case secScanScriptFiles[name]:
			if s.check(filepath.Join(dir, name), secScanScript) {
				return true
			}
		case name == ".config":
			if s.hasConfigFile(filepath.Join(dir, name)) {
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

func secScanConfigFile(name string) bool {
	return secScanConfigFiles[name] || strings.HasPrefix(name, ".kics")
}

// hasConfigFile looks for scanner settings in a .config directory, where
// some repositories (the aws-ia modules, for one) keep their tools' settings.
func (s *secScanSearch) hasConfigFile(dir string) bool {
	real, ok := s.resolve(dir)
	if !ok {
		return false
	}
	for _, e := range secScanList(real) {
		if secScanConfigFile(e.Name()) {
			if _, ok := s.resolve(filepath.Join(real, e.Name())); ok {
				return true
			}
		}
	}
	return false
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

// check reports whether a file documents a scan.
func (s *secScanSearch) check(path string, kind secScanKind) bool {
	text, ok := s.readFile(path)
	return ok && secScanText(kind, text)
}

// readFile reads a regular file within the boundary, once per search and up
// to the size and count limits. Unreadable files count as absent.
func (s *secScanSearch) readFile(path string) (string, bool) {
	if s.read >= secScanMaxFiles {
		return "", false
	}
	real, ok := s.resolve(path)
	if !ok || s.seen[real] {
		return "", false
	}
	s.seen[real] = true
	info, err := os.Stat(real)
	if err != nil || !info.Mode().IsRegular() {
		return "", false
	}
	s.read++
	f, err := os.Open(real)
	if err != nil {
		return "", false
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, secScanMaxFileSize))
	if err != nil {
		return "", false
	}
	return string(src), true
}

// checkGitLab checks a GitLab pipeline and the local files it includes.
// GitLab resolves `include: local` paths from the project root, the
// directory of the top .gitlab-ci.yml. Each file is read once, so include
// cycles end, and the include and file limits bound the rest. Wildcards are
// matched in file names only, so that no directory out of the boundary is
// listed.
func (s *secScanSearch) checkGitLab(path, projectDir string) bool {
	text, ok := s.readFile(path)
	if !ok {
		return false
	}
	lines := secScanLines(text)
	if secScanScriptText(lines) {
		return true
	}
	for _, include := range secScanGitLabIncludes(lines) {
		if s.includes >= secScanMaxIncludes {
			return false
		}
		s.includes++
		pattern := filepath.Join(projectDir, strings.TrimPrefix(include, "/"))
		dir, ok := s.resolve(filepath.Dir(pattern))
		if !ok {
			continue
		}
		matches, _ := filepath.Glob(filepath.Join(dir, filepath.Base(pattern)))
		for _, m := range matches {
			if s.checkGitLab(m, projectDir) {
				return true
			}
		}
	}
	return false
}

// secScanGitLabIncludes returns the local files of a pipeline's `include:`
// keys (also a child pipeline's `trigger: include:`): `local:` entries and
// plain strings that are not URLs. Another project's `file:` entries, remote
// files, templates and components are not local files.
func secScanGitLabIncludes(lines []string) []string {
	var paths []string
	includeIndent, itemIndent := -1, -1
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		indent := secScanIndent(line)
		item, isItem := strings.CutPrefix(trimmed, "- ")
		// The list may sit at the key's own indentation.
		if indent < includeIndent || indent == includeIndent && !isItem {
			includeIndent = -1
		}
		if value, ok := strings.CutPrefix(item, "include:"); ok {
			includeIndent, itemIndent = indent, -1
			paths = append(paths, secScanGitLabLocals(value)...)
			continue
		}
		if includeIndent < 0 {
			continue
		}
		if isItem && itemIndent < 0 {
			itemIndent = indent
		}
		if value, ok := strings.CutPrefix(item, "local:"); ok {
			paths = append(paths, secScanGitLabLocals(value)...)
		} else if isItem && indent == itemIndent && secScanYAMLKey.FindString(item) == "" {
			paths = append(paths, secScanGitLabLocals(item)...)
		}
	}
	return paths
}

// secScanGitLabLocals returns the local paths of an include value: a string
// or a flow list of strings.
func secScanGitLabLocals(value string) []string {
	if i := strings.Index(value, " #"); i >= 0 {
		value = value[:i]
	}
	value = strings.TrimSpace(value)
	var paths []string
	for _, v := range strings.Split(strings.Trim(value, "[]"), ",") {
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		// Variables are expanded by GitLab, and URLs are remote includes.
		if v != "" && !strings.Contains(v, "$") && !strings.Contains(v, "://") && !strings.ContainsAny(v, "{}") {
			paths = append(paths, v)
		}
	}
	return paths
}

// secScanLines splits a file's text into lines, without a byte order mark.
func secScanLines(text string) []string {
	text = strings.TrimPrefix(text, "\uFEFF")
	return strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
}

// secScanText reports whether a file's text runs or shows how to run a scanner.
func secScanText(kind secScanKind, text string) bool {
	lines := secScanLines(text)
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
	// secScanInstructed: a code span on a line that tells the reader to run
	// something ("Run `tfsec` here"); a bare invocation that scans the
	// current directory is a command too.
	secScanInstructed
	// secScanStrong: a code block, a prompt line or a script.
	secScanStrong
)

var secScanFence = regexp.MustCompile("^\\s*(`{3,}|~{3,})")

// secScanListItem matches a list item's marker and the spaces after it: the
// item's content starts after them.
var secScanListItem = regexp.MustCompile(`^\s*([-*+]|\d{1,9}[.)])\s+`)

// secScanMarkdownText reads Markdown: fenced, indented and HTML <pre> code
// blocks, `$ ` prompt lines and code spans, but nothing in HTML comments;
// plain text also counts lines that start with a command.
func secScanMarkdownText(lines []string, plain bool) bool {
	r := &secScanMarkdownReader{plain: plain}
	for _, line := range lines {
		if r.line(line) {
			return true
		}
	}
	return r.flush()
}

// secScanMarkdownReader follows the block structure of CommonMark well
// enough to tell code from prose and from commented-out text.
type secScanMarkdownReader struct {
	plain    bool
	fence    string   // the marker of the open fenced code block
	endTag   string   // how the open HTML block ends: "-->", "</pre>" or "</code>"
	indented bool     // an indented code block is open
	block    []string // the lines of the open code block
	// paragraph: the previous line was paragraph text, which an indented
	// line continues rather than starting a code block.
	paragraph bool
	// blank: the previous line was blank, after which a line left of the
	// list item's content ends the list.
	blank bool
	// listIndent is where the open list item's content starts; code in it
	// is indented four more columns.
	listIndent int
}

func (r *secScanMarkdownReader) line(line string) bool {
	switch {
	case r.fence != "":
		if strings.HasPrefix(strings.TrimSpace(line), r.fence) {
			r.fence = ""
			return r.flush()
		}
		r.block = append(r.block, line)
		return false
	case r.endTag != "":
		return r.inHTML(line)
	case r.indented:
		if strings.TrimSpace(line) == "" || secScanIndent(line) >= r.listIndent+4 {
			r.block = append(r.block, line)
			return false
		}
		r.indented = false
		if r.flush() {
			return true
		}
	}
	return r.start(line)
}

// start reads a line outside any block.
func (r *secScanMarkdownReader) start(line string) bool {
	trimmed := strings.TrimSpace(line)
	indent := secScanIndent(line)
	continues, afterBlank := r.paragraph, r.blank
	r.paragraph, r.blank = false, trimmed == ""
	if trimmed == "" {
		return false
	}
	if afterBlank && indent < r.listIndent {
		r.listIndent = 0
	}
	// Plain text is not rendered, so indentation does not make code of it.
	if indent >= r.listIndent+4 && !continues && !r.plain {
		r.indented, r.block = true, []string{line}
		return false
	}
	if m := secScanFence.FindStringSubmatch(line); m != nil {
		r.fence = m[1]
		return false
	}
	if endTag, rest, ok := secScanHTMLBlock(trimmed); ok {
		r.endTag = endTag
		return r.inHTML(rest)
	}
	if m := secScanListItem.FindString(line); m != "" {
		r.listIndent = len(m)
	}
	r.paragraph = !strings.HasPrefix(trimmed, "#")
	return secScanProseLine(line)
}

// secScanHTMLBlock recognises the start of an HTML block whose content is
// not Markdown: a comment, or preformatted code (<pre>, or <code> spanning
// lines; one closed on its line is a code span). It returns the block's end
// tag and the rest of the line after the start tag.
func secScanHTMLBlock(trimmed string) (endTag, rest string, ok bool) {
	lower := strings.ToLower(trimmed)
	switch {
	case strings.HasPrefix(lower, "<!--"):
		return "-->", trimmed[len("<!--"):], true
	case strings.HasPrefix(lower, "<pre>"), strings.HasPrefix(lower, "<pre "):
		endTag = "</pre>"
	case (strings.HasPrefix(lower, "<code>") || strings.HasPrefix(lower, "<code ")) && !strings.Contains(lower, "</code>"):
		endTag = "</code>"
	default:
		return "", "", false
	}
	_, rest, _ = strings.Cut(trimmed, ">")
	return endTag, rest, true
}

// inHTML reads a line of an open HTML block: code blocks collect their text,
// comments are dropped.
func (r *secScanMarkdownReader) inHTML(line string) bool {
	end := secScanIndexFold(line, r.endTag)
	if end >= 0 {
		line = line[:end]
	}
	if r.endTag != "-->" {
		r.block = append(r.block, secScanHTMLText(line))
	}
	if end < 0 {
		return false
	}
	r.endTag = ""
	return r.flush()
}

// secScanIndexFold is strings.Index ignoring case, at an offset into s
// itself (lowering s first may change its length).
func secScanIndexFold(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

// flush checks the code block read so far and starts a new one.
func (r *secScanMarkdownReader) flush() bool {
	found := secScanCodeBlock(r.block)
	r.block = nil
	return found
}

var secScanHTMLTag = regexp.MustCompile(`<[^>]*>`)

// secScanHTMLText is the text of HTML: without tags, with entities decoded.
func secScanHTMLText(s string) string {
	return html.UnescapeString(secScanHTMLTag.ReplaceAllString(s, ""))
}

// secScanIndent is a line's indentation in columns, with tab stops of 4.
func secScanIndent(line string) int {
	n := 0
	for _, c := range line {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

// secScanCodeBlock reads a code block of a document: shell commands, or a CI
// definition or pre-commit configuration shown as an example.
func secScanCodeBlock(lines []string) bool {
	return secScanScriptText(lines) || secScanPreCommitText(lines)
}

var (
	// secScanInlineComment is an HTML comment within a line of prose.
	secScanInlineComment = regexp.MustCompile(`<!--.*?-->`)
	// secScanHTMLCode is an HTML code element within a line of prose.
	secScanHTMLCode = regexp.MustCompile(`(?i)<code(?:\s[^>]*)?>(.*?)</code>`)
)

// secScanProseLine checks a line outside code blocks.
func secScanProseLine(line string) bool {
	line = secScanInlineComment.ReplaceAllString(line, "")
	trimmed := strings.TrimSpace(line)
	if rest, ok := secScanPrompt(trimmed); ok {
		return secScanCommandLine(rest, secScanStrong)
	}
	spans := secScanCodeSpans(line, "`")
	for _, m := range secScanHTMLCode.FindAllStringSubmatch(line, -1) {
		spans = append(spans, secScanHTMLText(m[1]))
	}
	if secScanSpansRun(line, spans) || secScanCommandLine(trimmed, secScanWeak) {
		return true
	}
	// "To scan, run checkov -d ." names the tool with a command, unmarked.
	if loc := secScanRunVerb.FindStringIndex(trimmed); loc != nil {
		rest := strings.TrimRight(strings.TrimSpace(trimmed[loc[1]:]), ".:;,!")
		return secScanCommandLine(rest, secScanWeak)
	}
	return false
}

// secScanRunVerb is a word that tells the reader to run something.
var secScanRunVerb = regexp.MustCompile(`(?i)\b(run|runs|running|execute|executes|executing|invoke)\b`)

// secScanSpansRun reports whether one of a line's code spans is a scan
// command.
func secScanSpansRun(line string, spans []string) bool {
	strength := secScanWeak
	if secScanRunVerb.MatchString(line) {
		strength = secScanInstructed
	}
	for _, span := range spans {
		if secScanCommandLine(span, strength) {
			return true
		}
	}
	return false
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
		if secScanSpansRun(line, secScanCodeSpans(line, "``")) {
			return true
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
// Makefile prefixes are stripped; folded YAML scalars and continuation lines
// are joined.
func secScanScriptText(lines []string) bool {
	if secScanActions(lines) {
		return true
	}
	var logical []string // the parts of a line continued with backslashes
	for _, line := range secScanUnfold(lines) {
		if part, continued := strings.CutSuffix(strings.TrimRight(line, " \t"), "\\"); continued {
			logical = append(logical, part)
			continue
		}
		if secScanScriptLine(strings.Join(append(logical, line), " ")) {
			return true
		}
		logical = nil
	}
	return logical != nil && secScanScriptLine(strings.Join(logical, " "))
}

// secScanFoldedHeader matches a YAML key or list item whose value is a
// folded block scalar (`run: >-`): YAML joins its lines with spaces.
var secScanFoldedHeader = regexp.MustCompile(`^\s*(-\s+|(-\s+)?[A-Za-z_][A-Za-z0-9_-]*:\s+)>[-+0-9]*\s*(#.*)?$`)

// secScanUnfold joins the lines of folded YAML block scalars as YAML does:
// lines at the block's indentation fold into one; blank and more indented
// lines break the fold.
func secScanUnfold(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		if !secScanFoldedHeader.MatchString(lines[i]) {
			continue
		}
		parent, base := secScanIndent(lines[i]), -1
		var folded []string
		for i+1 < len(lines) {
			next := lines[i+1]
			blank := strings.TrimSpace(next) == ""
			if !blank && secScanIndent(next) <= parent {
				break
			}
			i++
			if base < 0 && !blank {
				base = secScanIndent(next)
			}
			if !blank && secScanIndent(next) == base {
				folded = append(folded, strings.TrimSpace(next))
				continue
			}
			out = append(out, strings.Join(folded, " "), next)
			folded = nil
		}
		out = append(out, strings.Join(folded, " "))
	}
	return out
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
				if secScanTrivyStep(secScanStep(lines, i)) {
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
			action == "triat/terraform-security-scan",
			strings.HasPrefix(action, "tenable/terrascan-action"),
			strings.HasPrefix(action, "accurics/terrascan-action"),
			strings.HasPrefix(action, "checkmarx/kics-"):
			return true
		case strings.HasPrefix(action, "bridgecrewio/checkov-action"), action == "bridgecrewio/bridgecrew-action":
			if secScanCheckovStep(secScanStep(lines, i)) {
				return true
			}
		case strings.HasPrefix(action, "aquasecurity/trivy-action"), action == "reviewdog/action-trivy":
			if secScanTrivyStep(secScanStep(lines, i)) {
				return true
			}
		}
	}
	return false
}

// secScanStep returns the trimmed lines of the workflow step around a
// `uses:` line, without comments.
func secScanStep(lines []string, at int) []string {
	start := at
	for start >= 0 && !strings.HasPrefix(strings.TrimSpace(lines[start]), "- ") {
		start--
	}
	if start < 0 {
		start = at
	}
	stepIndent := secScanIndent(lines[start])
	var step []string
	for i := start; i < len(lines); i++ {
		trimmed := strings.TrimSpace(lines[i])
		if i > start && trimmed != "" && secScanIndent(lines[i]) <= stepIndent {
			break
		}
		if !strings.HasPrefix(trimmed, "#") {
			step = append(step, trimmed)
		}
	}
	return step
}

// secScanCheckovStep reports whether Checkov's action scans Terraform: its
// framework input may restrict it to others, such as secrets.
func secScanCheckovStep(step []string) bool {
	for _, line := range step {
		if value, ok := strings.CutPrefix(line, "framework:"); ok {
			value, _, _ = strings.Cut(value, " #")
			// An expression (`${{ matrix.framework }}`) may name Terraform.
			if strings.Contains(value, "$") {
				return true
			}
			value = strings.ReplaceAll(strings.Trim(strings.TrimSpace(value), `"'`), ",", " ")
			return secScanIncludesTerraform("checkov", strings.Fields(value))
		}
	}
	return true
}

// secScanTrivyScanType matches trivy-action's scan-type and reviewdog/action-trivy's trivy_command.
var secScanTrivyScanType = regexp.MustCompile(`(scan-type|trivy_command):\s*["']?(config|conf)["']?\s*(#.*)?$`)

// secScanTrivyStep reports whether a Trivy step scans configuration:
// Trivy's action and image scan container images by default.
func secScanTrivyStep(step []string) bool {
	for _, line := range step {
		if secScanTrivyScanType.MatchString(line) || strings.Contains(line, "misconfig") ||
			strings.HasPrefix(line, "trivy-config:") {
			return true
		}
		if args, ok := strings.CutPrefix(line, "args:"); ok && secScanTrivyArgs(strings.Fields(strings.Trim(strings.TrimSpace(args), `"'`))) {
			return true
		}
	}
	return false
}

// secScanPreCommitHooks are the hooks that scan infrastructure code, of
// antonbabenko/pre-commit-terraform, of the scanners' own repositories and
// of mxab/pre-commit-trivy. The scanners' repositories publish others too
// (checkov_secrets, trivyfs-go) that do not.
var secScanPreCommitHooks = map[string]bool{
	"terraform_tfsec": true, "terraform_trivy": true, "terraform_checkov": true, "terrascan": true,
	"checkov": true, "checkov_container": true, "checkov_diff": true, "checkov_diff_container": true,
	"tfsec": true, "tfsec-docker": true, "tfsec-system": true,
	"kics": true, "kics-scan": true, "trivyconfig": true, "trivyconfig-docker": true,
}

// secScanPreCommitText finds a scanner hook by id or by its entry command.
func secScanPreCommitText(lines []string) bool {
	terrascanRepo := false
	for _, line := range lines {
		for _, pair := range secScanYAMLPairs(line) {
			key, value, ok := strings.Cut(pair, ":")
			if !ok {
				continue
			}
			value = strings.Trim(strings.TrimSpace(value), `"'`)
			switch strings.TrimSpace(key) {
			case "repo":
				terrascanRepo = strings.HasSuffix(strings.TrimSuffix(value, ".git"), "/terrascan")
			case "id":
				// Terrascan's older hook has a generic id, in its own repository.
				if secScanPreCommitHooks[value] || terrascanRepo && value == "terraform-pre-commit" {
					return true
				}
			case "entry":
				if secScanCommandLine(value, secScanStrong) {
					return true
				}
			}
		}
	}
	return false
}

// secScanFlowMapping is a YAML flow mapping such as {id: terraform_trivy}.
var secScanFlowMapping = regexp.MustCompile(`\{([^{}]*)\}`)

// secScanYAMLPairs returns the `key: value` pairs of a YAML line without its
// comment: the line itself without list markers, or the entries of its flow
// mappings (`hooks: [{id: terraform_fmt}, {id: terraform_trivy}]`).
func secScanYAMLPairs(line string) []string {
	if i := strings.Index(line, " #"); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "#") {
		return nil
	}
	for strings.HasPrefix(line, "- ") {
		line = strings.TrimSpace(line[2:])
	}
	mappings := secScanFlowMapping.FindAllStringSubmatch(line, -1)
	if mappings == nil {
		return []string{line}
	}
	var pairs []string
	for _, m := range mappings {
		pairs = append(pairs, strings.Split(m[1], ",")...)
	}
	return pairs
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
		case w == "command" && len(words) > 1 && (words[1] == "-v" || words[1] == "-V"):
			// Looks the tool up without running it.
			return "", nil
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

// secScanArgsRun reports whether a scanner's arguments make it scan IaC,
// Terraform among it.
func secScanArgsRun(tool string, args []string, strength secScanStrength) bool {
	if len(args) > 0 && secScanOnlyInfo(args) {
		return false
	}
	return secScanScans(tool, args, strength) && secScanIncludesTerraform(tool, secScanTypeValues(tool, args))
}

// secScanScans reports whether a scanner's arguments make it scan.
func secScanScans(tool string, args []string, strength secScanStrength) bool {
	switch tool {
	case "trivy":
		return secScanTrivyArgs(args)
	case "terrascan", "kics":
		return slices.Contains(args, "scan")
	case "checkov":
		// Without a directory, file or settings file, checkov only prints its usage.
		for _, a := range args {
			flag, _, _ := strings.Cut(a, "=")
			switch flag {
			case "-d", "--directory", "-f", "--file", "--config-file":
				return true
			}
		}
		return false
	}
	// tfsec scans the current directory without arguments, so a bare `tfsec`
	// is a command where the line says to run it; in prose, its arguments
	// must look like options and paths.
	if strength == secScanStrong {
		return true
	}
	if len(args) == 0 {
		return strength == secScanInstructed
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

// secScanTypeOptions are, per scanner, the options that restrict a scan to
// some kinds of code, and their values that include Terraform.
var secScanTypeOptions = map[string]struct{ flags, terraform []string }{
	"checkov":   {[]string{"--framework"}, []string{"all", "terraform", "terraform_plan", "terraform_json"}},
	"terrascan": {[]string{"-i", "--iac-type"}, []string{"all", "terraform", "tfplan"}},
	"kics":      {[]string{"-t", "--type"}, []string{"terraform"}},
	"trivy":     {[]string{"--misconfig-scanners"}, []string{"terraform", "terraformplan-json", "terraformplan-snapshot"}},
}

// secScanTypeValues returns the values of a scanner's type options:
// `--framework a b`, `--framework=a,b`. Words up to the next option count,
// as checkov takes several; a path among them does no harm.
func secScanTypeValues(tool string, args []string) []string {
	var values []string
	for i := 0; i < len(args); i++ {
		flag, value, hasValue := strings.Cut(args[i], "=")
		if !slices.Contains(secScanTypeOptions[tool].flags, flag) {
			continue
		}
		if hasValue {
			values = append(values, strings.Split(value, ",")...)
			continue
		}
		for ; i+1 < len(args) && !strings.HasPrefix(args[i+1], "-"); i++ {
			values = append(values, strings.Split(args[i+1], ",")...)
		}
	}
	return values
}

// secScanIncludesTerraform reports whether a scanner restricted to these
// kinds of code (none: all) scans Terraform; `checkov --framework secrets`
// does not.
func secScanIncludesTerraform(tool string, values []string) bool {
	if len(values) == 0 {
		return true
	}
	for _, v := range values {
		if slices.Contains(secScanTypeOptions[tool].terraform, strings.ToLower(v)) {
			return true
		}
	}
	return false
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

func secScanPathLike(a string) bool {
	return a == "." || a == ".." || strings.ContainsAny(a, "/\\") || strings.HasPrefix(a, "$") ||
		strings.HasPrefix(a, "~") || strings.HasSuffix(a, ".tf")
}
