package ruletest

import (
	"fmt"
	"strings"
)

// EnvFile sets environment variables while the fixture is checked, for
// what the rule reads from the environment of whoever runs TFLint (the AWS
// provider's TF_AWS_DEFAULT_TAGS_<key>): one `NAME=value` a line; blank
// lines and lines starting with # are skipped.
const EnvFile = "env.txt"

// parseEnv reads an EnvFile.
func parseEnv(src string) (map[string]string, error) {
	env := map[string]string{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return nil, fmt.Errorf("%s:%d: want NAME=value, got %q", EnvFile, n+1, line)
		}
		env[name] = value
	}
	return env, nil
}
