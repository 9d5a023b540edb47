package multiregion

import (
	"path"
	"path/filepath"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// stackReader reads the stacks one check compares from disk, each once.
type stackReader struct {
	repo *repository.Repository
	// read are the model settings directories are read with.
	read     model.Settings
	groups   []group
	settings stackSettings
	stacks   map[string]*regionStack
}

func newStackReader(repo *repository.Repository, read model.Settings, groups []group, settings stackSettings) *stackReader {
	return &stackReader{repo: repo, read: read, groups: groups, settings: settings, stacks: map[string]*regionStack{}}
}

// regionStack is one part of a stack (stacks.Names.Part) as the rule judges
// it: each of its configuration roots analysed as the rule analyses one root.
type regionStack struct {
	// rel is the part's path under the repository; stackRel the stack's.
	rel, stackRel string
	roots         []*analysis
	// empty is true when the stack has no directory in the part.
	empty bool
	// readable is false when a directory of the part cannot be read.
	readable bool
	// region is the region of the default provider configuration of every
	// root that hosts a core group; "" when one of them is not known, when
	// they differ, or when no root hosts one.
	region string
}

// exempt reports whether exempt_stacks names the part or its stack.
func (s *regionStack) exempt(settings stackSettings) bool {
	return settings.isExempt(s.stackRel) || settings.isExempt(s.rel)
}

// stack reads the part of the stack in dir, once.
func (sr *stackReader) stack(dir, part string) *regionStack {
	key := filepath.Join(dir, part)
	if s := sr.stacks[key]; s != nil {
		return s
	}
	s := &regionStack{readable: true, empty: true}
	sr.stacks[key] = s
	s.stackRel, _ = sr.repo.Rel(dir)
	s.rel = path.Join(s.stackRel, part)
	regions := map[string]bool{}
	for _, d := range repository.DirsUnder(dir) {
		if p, ok := sr.settings.names.Part(dir, d); !ok || p != part {
			continue
		}
		s.empty = false
		cfg, ok := model.BuildDir(d, sr.read)
		if !ok {
			s.readable = false
			return s
		}
		if !cfg.IsConfigurationRoot {
			continue
		}
		a := newAnalysis(cfg, sr.groups)
		s.roots = append(s.roots, a)
		if !a.hostsAnyCore() {
			continue
		}
		// An implicit default configuration takes its region from the environment.
		if p := cfg.Module.Provider("aws"); p != nil && p.Block != nil && p.Region.Known() {
			regions[p.Region.Name] = true
		} else {
			regions[""] = true
		}
	}
	if len(regions) == 1 {
		for name := range regions {
			s.region = name
		}
	}
	return s
}

// hostsAnyCore reports whether a root certainly hosts a core group of its own in some region.
func (a *analysis) hostsAnyCore() bool {
	for _, s := range a.sites {
		if s.hostsCore {
			return true
		}
	}
	return false
}

// stackMerge is what the roots of a level's stacks place in each region,
