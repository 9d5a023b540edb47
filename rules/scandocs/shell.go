package scandocs

import "strings"

// shellText reads lines that may each run a command: a script, a Makefile
// recipe, a Jenkinsfile, a code block. Lines continued with a backslash are
// joined.
func shellText(lines []string) bool {
	var logical []string // the parts of a line continued with backslashes
	for _, line := range lines {
		if part, continued := strings.CutSuffix(strings.TrimRight(line, " \t"), "\\"); continued {
			logical = append(logical, part)
			continue
		}
		if shellLine(strings.Join(append(logical, line), " ")) {
			return true
		}
		logical = nil
	}
	return logical != nil && shellLine(strings.Join(logical, " "))
}

// shellLine reads one command line, without a comment, a prompt, or a
// Makefile recipe's prefixes (`@`, `+`, `-`), which also drop a list
// marker shown in a code block.
func shellLine(line string) bool {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "#") {
		return false
	}
	if rest, ok := prompt(line); ok {
		line = rest
	}
	return commandLine(strings.TrimLeft(line, "@+-"), strong)
}
