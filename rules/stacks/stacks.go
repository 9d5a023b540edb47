// Package stacks finds the counterpart stacks of a repository laid out with
// one root directory per region, or per role: `live/us-east-1/network` beside
// `live/us-west-2/network`, `environments/primary/app` beside
// `environments/dr/app`. A directory whose name is a region name or a role
// word is a stack: every configuration root under it. Its counterparts are
// the sibling directories named the same way, so that a worker of a recursive
// run reads only the few directories its own path points at, never the whole
// repository.
package stacks

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// DefaultRoles are the words that name a stack by its role rather than its region.
var DefaultRoles = []string{"primary", "secondary", "dr", "standby", "failover", "active", "passive"}

// Names tells which directory names name a stack: region names and role words.
type Names struct {
	roles map[string]bool
}

// NewNames returns the stack names with these role words (compared without case).
func NewNames(roles []string) Names {
	n := Names{roles: map[string]bool{}}
	for _, r := range roles {
		n.roles[strings.ToLower(r)] = true
	}
	return n
}

// IsStack reports whether a directory name names a stack.
func (n Names) IsStack(name string) bool {
	return awsregion.IsName(name) || n.roles[strings.ToLower(name)]
}

// Level is one segment of a directory's path that names a stack with counterparts.
type Level struct {
	// Stack is the directory the segment ends: the stack the directory belongs to.
	Stack string
	// Counterparts are the sibling directories of Stack named as stacks, in path order.
	Counterparts []string
}

// Levels returns, outermost first, the segments of dir's path under the
// repository root that name a stack with at least one counterpart. Only the
// parent directory of each such segment is listed.
func Levels(repo *repository.Repository, dir string, names Names) []Level {
	segments, ok := repo.Segments(dir)
	if !ok {
		return nil
	}
	var levels []Level
	parent := repo.Root
	for _, seg := range segments {
		stack := filepath.Join(parent, seg)
		if names.IsStack(seg) {
			if counterparts := siblingStacks(parent, seg, names); len(counterparts) > 0 {
				levels = append(levels, Level{Stack: stack, Counterparts: counterparts})
			}
		}
		parent = stack
	}
	return levels
}

// siblingStacks lists the directories of parent, other than own, named as stacks.
func siblingStacks(parent, own string, names Names) []string {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if name == own || !names.IsStack(name) {
			continue
		}
		path := filepath.Join(parent, name)
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			out = append(out, path)
		}
	}
	sort.Strings(out)
	return out
}

// IsFirstRoot reports whether dir, a configuration root under stack, is the
// first one there in path order: the one root that speaks for the stack, whichever
// worker of a recursive run asks.
func IsFirstRoot(stack, dir string) bool {
	dir, err := repository.Canonical(dir)
	if err != nil {
		return false
	}
	for _, other := range repository.DirsUnder(stack) {
		if other >= dir {
			return other == dir
		}
		if model.IsConfigurationRootDir(other) {
			return false
		}
	}
	return false
}
