package scandocs

import "strings"

// rstText reads reStructuredText: literal blocks after `::` and code
// directives, prompt lines and inline literals.
func rstText(lines []string) bool {
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
			if codeBlock(block) {
				return true
			}
			literalIndent, block = -1, nil
		}
		if strings.HasSuffix(trimmed, "::") || strings.HasPrefix(trimmed, ".. code") || strings.HasPrefix(trimmed, ".. sourcecode") {
			literalIndent = indent
			continue
		}
		if rest, ok := prompt(trimmed); ok && commandLine(rest, strong) {
			return true
		}
		if spansRun(line, codeSpans(line, "``")) {
			return true
		}
	}
	return codeBlock(block)
}
