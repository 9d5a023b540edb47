// Package scandocs finds where a repository documents or automates a static
// security scan of its Terraform code (tfsec, Trivy, Checkov, Terrascan,
// KICS): a command in a README, a pre-commit hook, a CI step, a scanner's
// settings file. It reads Markdown, reStructuredText, plain text, YAML and
// shell; a mention of a scanner is not a command.
package scandocs

import "strings"

const (
	// maxFileSize is how much of a file is read; a scan command sits near the top of any real document.
	maxFileSize = 1 << 20
	// maxFiles bounds the files read per search, so that a huge docs directory cannot stall the run.
	maxFiles = 256
	// maxEntries bounds the entries listed per directory.
	maxEntries = 4096
	// maxIncludes bounds the GitLab include entries followed per search;
	// GitLab itself allows 150 per pipeline.
	maxIncludes = 150
)

// Find searches moduleDir and each parent directory up to repoRoot, the
// repository's top directory (repository.FindRoot), and returns the path of
// the first file that documents or automates a security scan of the
// Terraform code, or "" when none does. Without a repository (repoRoot "",
// or one that does not hold moduleDir) only moduleDir is searched. It never
// reads above the root nor follows a symbolic link out of it; unreadable
// files count as absent.
func Find(moduleDir, repoRoot string) string {
	return newSearch(moduleDir, repoRoot).run()
}

// kind is how a file's text is read.
type kind int

const (
	markdown  kind = iota
	rst            // reStructuredText
	plain          // a text file or a README without extension: lines may be commands
	shell          // Makefiles, Jenkinsfiles, justfiles: every line may run a command
	pipeline       // a YAML CI definition: its steps' commands and actions
	preCommit      // .pre-commit-config.yaml
)

// documents reports whether a file's text runs or shows how to run a scanner.
func documents(k kind, text string) bool {
	text = strings.ReplaceAll(strings.TrimPrefix(text, "\uFEFF"), "\r\n", "\n")
	switch k {
	case shell:
		return shellText(strings.Split(text, "\n"))
	case pipeline:
		return pipelineDocs(yamlDocuments(text))
	case preCommit:
		return preCommitDocs(yamlDocuments(text))
	case rst:
		return rstText(strings.Split(text, "\n"))
	case plain:
		return markdownText(strings.Split(text, "\n"), true)
	}
	return markdownText(strings.Split(text, "\n"), false)
}

// codeBlock reads a code block of a document: shell commands, or a CI
// definition or pre-commit configuration shown as an example. A snippet
// must be YAML to count as one; only the lines that elide part of it (`...`)
// are dropped first, as a reader would skip them.
func codeBlock(lines []string) bool {
	if shellText(lines) {
		return true
	}
	docs := yamlDocuments(snippetYAML(lines))
	return pipelineDocs(docs) || preCommitDocs(docs)
}

// snippetYAML joins a code block's lines without elisions and without the
// indentation they share, which a block nested in a list item or a
// literal block carries.
func snippetYAML(lines []string) string {
	var kept []string
	common := -1
	for _, line := range lines {
		switch trimmed := strings.TrimSpace(line); trimmed {
		case "...", "…":
			continue
		case "":
		default:
			if n := len(line) - len(strings.TrimLeft(line, " ")); common < 0 || n < common {
				common = n
			}
		}
		kept = append(kept, line)
	}
	var b strings.Builder
	for _, line := range kept {
		if common > 0 && len(line) >= common {
			line = line[common:]
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}
