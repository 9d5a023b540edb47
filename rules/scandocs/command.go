package scandocs

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// certainty is how sure a context is to hold a command.
type certainty int

const (
	// weak: a code span or a line of prose text; the words after the
	// tool must look like a command's arguments.
	weak certainty = iota
	// instructed: a code span on a line that tells the reader to run
	// something ("Run `tfsec` here"); a bare invocation that scans the
	// current directory is a command too.
	instructed
	// strong: a code block, a prompt line or a script.
	strong
)

// separators split a command line into simple commands.
var separators = regexp.MustCompile(`&&|\|\||[;|()]`)

// substitution is a command substitution: its output is an argument.
var substitution = regexp.MustCompile("\\$\\([^()]*\\)|`[^`]*`")

// wrappers run the command that follows them.
var wrappers = map[string]bool{
	"sudo": true, "exec": true, "time": true, "command": true, "nice": true, "nohup": true, "env": true, "uvx": true,
}

// runners run the command after their `run` word.
var runners = map[string]bool{"pipx": true, "uv": true, "poetry": true, "pipenv": true, "pdm": true}

var assignment = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=`)

// commandLine reports whether a command line runs a scanner on IaC.
func commandLine(line string, strength certainty) bool {
	for {
		plain := substitution.ReplaceAllString(line, "$$SUBST")
		if plain == line {
			break
		}
		line = plain
	}
	for _, part := range separators.Split(line, -1) {
		words := strings.Fields(part)
		for i := range words {
			words[i] = strings.Trim(words[i], `"'`)
		}
		if tool, args := invocation(words); tool != "" && argsRun(tool, args, strength) {
			return true
		}
	}
	return false
}

// invocation finds the scanner a simple command runs, directly,
// through wrappers or from the scanner's container image.
func invocation(words []string) (tool string, args []string) {
	for len(words) > 0 {
		w := words[0]
		switch {
		case w == "command" && len(words) > 1 && (words[1] == "-v" || words[1] == "-V"):
			// Looks the tool up without running it.
			return "", nil
		case assignment.MatchString(w), wrappers[w], strings.HasPrefix(w, "-") && len(words) > 1:
			words = words[1:]
			continue
		case runners[w] && len(words) > 1 && words[1] == "run":
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
				if t := imageTool(img); t != "" {
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
	case "tfsec", "trivy", "checkov", "terrascan", "kics", "snyk":
		return name, words[1:]
	}
	return "", nil
}

// images maps the scanners' container image names to the scanner.
var images = map[string]string{
	"tfsec": "tfsec", "tfsec-ci": "tfsec", "tfsec-alpine": "tfsec", "trivy": "trivy",
	"checkov": "checkov", "terrascan": "terrascan", "kics": "kics",
}

var imageOrgs = map[string]bool{
	"aquasec": true, "aquasecurity": true, "bridgecrew": true, "bridgecrewio": true,
	"tenable": true, "accurics": true, "checkmarx": true,
}

// imageTool returns the scanner of an image reference such as
// aquasec/trivy:0.50.0 or ghcr.io/aquasecurity/trivy, or "".
func imageTool(image string) string {
	image, _, _ = strings.Cut(strings.ToLower(image), "@")
	parts := strings.Split(image, "/")
	if len(parts) < 2 {
		return ""
	}
	name, _, _ := strings.Cut(parts[len(parts)-1], ":")
	if !imageOrgs[parts[len(parts)-2]] {
		return ""
	}
	return images[name]
}

// argsRun reports whether a scanner's arguments make it scan IaC,
// Terraform among it.
func argsRun(tool string, args []string, strength certainty) bool {
	if len(args) > 0 && onlyInfo(args) {
		return false
	}
	return scans(tool, args, strength) && includesTerraform(tool, typeValues(tool, args))
}

// scans reports whether a scanner's arguments make it scan.
func scans(tool string, args []string, strength certainty) bool {
	switch tool {
	case "trivy":
		return trivyArgs(args)
	case "terrascan", "kics":
		return slices.Contains(args, "scan")
	case "snyk":
		// Snyk scans dependencies and code too; `snyk iac test` is its IaC scan.
		return len(args) >= 2 && args[0] == "iac" && args[1] == "test"
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
	if strength == strong {
		return true
	}
	if len(args) == 0 {
		return strength == instructed
	}
	afterFlag := false
	for _, a := range args {
		switch {
		case strings.HasPrefix(a, "-"):
			afterFlag = !strings.Contains(a, "=")
		case afterFlag || pathLike(a):
			afterFlag = false
		default:
			return false
		}
	}
	return true
}

// typeOptions are, per scanner, the options that restrict a scan to
// some kinds of code, and their values that include Terraform.
var typeOptions = map[string]struct{ flags, terraform []string }{
	"checkov":   {[]string{"--framework"}, []string{"all", "terraform", "terraform_plan", "terraform_json"}},
	"terrascan": {[]string{"-i", "--iac-type"}, []string{"all", "terraform", "tfplan"}},
	"kics":      {[]string{"-t", "--type"}, []string{"terraform"}},
	"trivy":     {[]string{"--misconfig-scanners"}, []string{"terraform", "terraformplan-json", "terraformplan-snapshot"}},
}

// typeValues returns the values of a scanner's type options:
// `--framework a b`, `--framework=a,b`. Words up to the next option count,
// as checkov takes several; a path among them does no harm.
func typeValues(tool string, args []string) []string {
	var values []string
	for i := 0; i < len(args); i++ {
		flag, value, hasValue := strings.Cut(args[i], "=")
		if !slices.Contains(typeOptions[tool].flags, flag) {
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

// includesTerraform reports whether a scanner restricted to these
// kinds of code (none: all) scans Terraform; `checkov --framework secrets`
// does not.
func includesTerraform(tool string, values []string) bool {
	if len(values) == 0 {
		return true
	}
	for _, v := range values {
		if slices.Contains(typeOptions[tool].terraform, strings.ToLower(v)) {
			return true
		}
	}
	return false
}

// trivyArgs: Trivy scans Terraform with `config`, or with the
// misconfiguration scanner switched on for a filesystem or repository scan.
func trivyArgs(args []string) bool {
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

func onlyInfo(args []string) bool {
	for _, a := range args {
		switch a {
		case "-v", "--version", "version", "-h", "--help", "help":
		default:
			return false
		}
	}
	return true
}

func pathLike(a string) bool {
	return a == "." || a == ".." || strings.ContainsAny(a, "/\\") || strings.HasPrefix(a, "$") ||
		strings.HasPrefix(a, "~") || strings.HasSuffix(a, ".tf")
}
