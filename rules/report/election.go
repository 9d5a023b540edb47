package report

import (
	"slices"
	"sync"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// A finding in a called module's own code (shown at a module block) has one
// cause wherever the module is called from, yet `tflint --recursive` runs
// one worker per directory and nothing merges their findings: every root
// that calls the module would show it. So one root shows it: of the roots
// under the directory TFLint started in that reach the module, in the order
// of election, the first whose check has the same finding. Whether
// an earlier root has it is asked of that root's configuration built from
// disk (probe.go): the same finding can depend on what a root passes or
// declares around the module (its outputs, its providers' default_tags, the
// rules it adds to a module's security group), and a root that no longer
// has it must not keep the others silent.

// election holds the roots that reach one module directory under the
// directory TFLint started in, in path order.
type election struct {
	once  sync.Once
	roots []string
}

// electionKey names a module directory as seen from a repository and the
// directory TFLint started in.
type electionKey struct {
	repo       *repository.Repository
	start, dir string
}

// elections caches each module directory's roots for the process: they cost
// a search of the repository's module files for the module's callers.
var elections sync.Map

// shownElsewhere reports whether a root before this one in the order of
// election has the same finding. The order is configuration roots first,
// then the other roots, then examples and tests (a module's examples show
// its findings only when nothing under the start that deploys it does),
// each in path order; a root's kind is asked only of the roots that may
// come before this one. A root that the repository's index does not see
// reach the module (a source computed from a variable) is not in the
// election and shows its findings. A check that shows nothing (a module
// call's, a called directory's) needs no election.
func (r *Reporter) shownElsewhere(c ownCause) bool {
	repo := r.cfg.Repository()
	if repo == nil || !r.cfg.IsRoot || r.cfg.IsCalledModule {
		return false
	}
	self, err := repository.Canonical(r.cfg.Module.AbsDir())
	if err != nil {
		return false
	}
	roots := electionFor(repo, r.cfg.Settings.Start, c.home).roots
	if !slices.Contains(roots, self) {
		return false
	}
	mine := rootKind(repo, self)
	for kind := configurationRoot; kind <= mine; kind++ {
		for _, root := range roots {
			if kind == mine && root >= self {
				break
			}
			if rootKind(repo, root) == kind && r.probe(root).has(c) {
				return true
			}
		}
	}
	return false
}

// electionFor returns the election of a module directory, held once per
// process and key.
func electionFor(repo *repository.Repository, start, dir string) *election {
	v, _ := elections.LoadOrStore(electionKey{repo, start, dir}, &election{})
	e := v.(*election)
	e.once.Do(func() { e.roots = rootsUnder(repo, start, dir) })
	return e
}

// rootsUnder returns the roots under start that reach module directory dir
// through local module calls, in path order.
func rootsUnder(repo *repository.Repository, start, dir string) []string {
	top, err := repository.Canonical(start)
	if start == "" || err != nil {
		return nil
	}
	var roots []string
	for _, root := range repo.RootsCalling(dir) {
		if repository.Within(root, top) {
			roots = append(roots, root)
		}
	}
	return roots
}

// The kinds of root, in the order they are elected.
const (
	configurationRoot = iota
	otherRoot
	exampleOrTest
)

// rootKind is a root's kind, the same in every worker: it is read from disk
// (model.IsConfigurationRootDir caches it for the process).
func rootKind(repo *repository.Repository, dir string) int {
	switch {
	case model.IsConfigurationRootDir(repo, dir):
		return configurationRoot
	case !repo.IsSample(dir):
		return otherRoot
	}
	return exampleOrTest
}
