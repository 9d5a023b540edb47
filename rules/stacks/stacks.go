// Package stacks finds the counterpart stacks of a repository laid out with
// one root directory per region, or per role: `live/us-east-1/network` beside
// `live/us-west-2/network`, `environments/primary/app` beside
// `environments/dr/app`. A directory whose name is a region name or a role
// word is a stack: the configuration roots under it. Its counterparts are
// the sibling directories named the same way, so that a worker of a recursive
// run reads only the few directories its own path points at, never the whole
// repository.
//
// A stack's roots are compared like with like: the roots under a directory
// named as an environment (`environments/us-east-1/prod`) form a part of
// their own, compared with the counterpart's part of the same path (its
// `prod`), while the other roots (the layers `network`, `app`, `data`) form
// one part compared with the counterpart's other roots. Directories under
// `examples/`, `example/`, `test/` or `tests/` are samples: never a stack, nor part of one.
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

// DefaultEnvironments are the words that name an environment inside a stack.
var DefaultEnvironments = []string{
	"prod", "production", "prd", "preprod", "staging", "stage", "stg", "uat", "qa",
	"dev", "development", "sandbox", "nonprod",
}

// Names tells which directory names name a stack (region names and role
// words) and which name an environment inside one.
type Names struct {
	roles, environments map[string]bool
}

// NewNames returns the names with these role and environment words (compared without case).
func NewNames(roles, environments []string) Names {
	n := Names{roles: map[string]bool{}, environments: map[string]bool{}}
	for _, r := range roles {
		n.roles[strings.ToLower(r)] = true
	}
	for _, e := range environments {
		n.environments[strings.ToLower(e)] = true
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
	for _, seg := range segments {
		if repository.IsSampleDir(seg) {
			return nil
		}
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

// Part returns the part of stack that dir, a directory under it, belongs
// to: its path below the stack up to the first segment named as an
// environment ("prod", "app/staging"), else "" (the stack's layers). ok is
// false for a sample directory (under examples/, example/, test/ or tests/).
func (n Names) Part(stack, dir string) (part string, ok bool) {
	rel, err := filepath.Rel(stack, dir)
	if err != nil || rel == "." {
		return "", err == nil
	}
	segments := strings.Split(filepath.ToSlash(rel), "/")
	for _, seg := range segments {
		if repository.IsSampleDir(seg) {
			return "", false
		}
	}
	for i, seg := range segments {
		if n.environments[strings.ToLower(seg)] {
			return strings.Join(segments[:i+1], "/"), true
		}
	}
	return "", true
}

// IsFirstRoot reports whether dir, a configuration root under stack in repo,
// is the first one of its part there in path order: the one root that speaks
// for the part, whichever worker of a recursive run asks.
func IsFirstRoot(repo *repository.Repository, stack, dir string, names Names) bool {
	dir, err := repository.Canonical(dir)
	if err != nil {
		return false
	}
	part, ok := names.Part(stack, dir)
	if !ok {
		return false
	}
	for _, other := range repository.DirsUnder(stack) {
		if other >= dir {
			return other == dir
		}
		if p, ok := names.Part(stack, other); ok && p == part && model.IsConfigurationRootDir(repo, other) {
			return false
		}
	}
	return false
}
