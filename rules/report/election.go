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
// that calls the module would show it. So one root shows it, elected from
// files and paths alone so that every worker makes the same choice, like
// the repository's undocumented scan (terraform_security_scan_documented).

// election is the choice among the roots that reach one module directory
// under the directory TFLint started in.
type election struct {
	once sync.Once
	// candidates are those roots, and shower the one that shows the
	// module's own findings ("" when there are none).
	candidates []string
	shower     string
}

// electionKey names a module directory as seen from a repository and the
// directory TFLint started in.
type electionKey struct {
	repo       *repository.Repository
	start, dir string
}

// elections caches each module directory's election for the process: it
// costs a search of the repository's module files for the module's callers.
var elections sync.Map

// shownElsewhere reports whether another root shows the findings in the
// own code of module directory dir. A root the repository's index does not
// see reach the module (a source computed from a variable) shows them too:
// its check has them, and whether the elected root has the same ones is
// not known. A check that shows nothing (a module call's, a called
// directory's) never needs the election.
func (r *Reporter) shownElsewhere(dir string) bool {
	repo := r.cfg.Repository()
	if repo == nil || !r.cfg.IsRoot || r.cfg.IsCalledModule {
		return false
	}
	self, err := repository.Canonical(r.cfg.Module.AbsDir())
	if err != nil {
		return false
	}
	e := electionFor(repo, r.cfg.Settings.Start, dir)
	return e.shower != self && slices.Contains(e.candidates, self)
}

// electionFor returns the election of a module directory, held once per
// process and key.
func electionFor(repo *repository.Repository, start, dir string) *election {
	v, _ := elections.LoadOrStore(electionKey{repo, start, dir}, &election{})
	e := v.(*election)
	e.once.Do(func() { e.candidates, e.shower = elect(repo, start, dir) })
	return e
}

// elect returns the roots under start that reach module directory dir
// through local module calls, and the one that shows its own findings: the
// first configuration root in path order; without one, the first directory
// that is no example or test; else the first example or test. A module's
// examples show its findings only when nothing under start deploys it.
func elect(repo *repository.Repository, start, dir string) (candidates []string, shower string) {
	top, err := repository.Canonical(start)
	if start == "" || err != nil {
		return nil, ""
	}
	for _, root := range repo.RootsCalling(dir) {
		if repository.Within(root, top) {
			candidates = append(candidates, root)
		}
	}
	best := unranked
	for _, c := range candidates {
		if rank := showerRank(repo, c); rank < best {
			best, shower = rank, c
		}
		if best == configurationRoot {
			break
		}
	}
	return candidates, shower
}

// The kinds of root, in the order they are elected.
const (
	configurationRoot = iota
	otherRoot
	exampleOrTest
	unranked
)

// showerRank is a root's kind; a directory's configuration is parsed only
// when no earlier root is a configuration root.
func showerRank(repo *repository.Repository, dir string) int {
	switch {
	case model.IsConfigurationRootDir(repo, dir):
		return configurationRoot
	case !repo.IsSample(dir):
		return otherRoot
	}
	return exampleOrTest
}
