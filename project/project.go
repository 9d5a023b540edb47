// Package project holds the ruleset's release identity.
package project

import "fmt"

// Version is the ruleset version; release tags are "v" + Version.
const Version = "0.1.0"

// ReferenceLink returns the documentation URL of a rule, pinned to the release tag.
func ReferenceLink(name string) string {
	return fmt.Sprintf("https://github.com/awsbaseline/tflint-ruleset-awsbaseline/blob/v%s/docs/rules/%s.md", Version, name)
}
