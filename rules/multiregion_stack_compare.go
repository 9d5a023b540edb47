package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/stacks"
)

// stackReader reads the stacks one check compares from disk, each once.
type stackReader struct {
	repo *repository.Repository
	// read are the model settings directories are read with.
	read     model.Settings
	groups   []multiRegionGroup
	settings multiRegionStackSettings
	stacks   map[string]*regionStack
}

func newStackReader(repo *repository.Repository, read model.Settings, groups []multiRegionGroup, settings multiRegionStackSettings) *stackReader {
	return &stackReader{repo: repo, read: read, groups: groups, settings: settings, stacks: map[string]*regionStack{}}
}

// regionStack is a stack as the rule judges it: each of its configuration
// roots analysed as the rule analyses one root.
type regionStack struct {
	rel   string
	roots []*multiRegionAnalysis
	// readable is false when a directory of the stack cannot be read.
	readable bool
	// region is the region of the default provider configuration of every
	// root that hosts a core group; "" when one of them is not known, when
	// they differ, or when no root hosts one.
	region string
}

func (sr *stackReader) stack(dir string) *regionStack {
	if s := sr.stacks[dir]; s != nil {
		return s
	}
	s := &regionStack{readable: true}
	sr.stacks[dir] = s
	s.rel, _ = sr.repo.Rel(dir)
	regions := map[string]bool{}
	for _, d := range repository.DirsUnder(dir) {
		cfg, ok := model.BuildDir(d, sr.read)
		if !ok {
			s.readable = false
			return s
		}
		if !cfg.IsConfigurationRoot {
			continue
		}
		a := newMultiRegionAnalysis(cfg, sr.groups)
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
func (a *multiRegionAnalysis) hostsAnyCore() bool {
	for _, s := range a.sites {
		if s.hostsCore {
			return true
		}
	}
	return false
}

// stackMerge is what the roots of a level's stacks place in each region,
// merged as if they were one configuration.
type stackMerge struct {
	presence map[string]map[int]multiRegionPresence
	// judged are the regions where a root certainly hosts a core group of its own.
	judged map[string]bool
	// anywhere are groups that may be in any region: placed in a region
	// whose name is not known, or by an implicit provider configuration.
	anywhere map[int]bool
	// opaque are the regions an unreadable module call may deploy to.
	opaque map[string]bool
	// withinRoot holds, by region, the groups whose absence one root's own
	// check already judges: it deploys to the region and certainly hosts the
	// group in another region it deploys to.
	withinRoot map[string]map[int]bool
}

// mergeStacks merges the stacks' roots; ok is false when an unreadable
// module call may deploy to any region.
func mergeStacks(all []*regionStack) (m *stackMerge, ok bool) {
	m = &stackMerge{presence: map[string]map[int]multiRegionPresence{}, judged: map[string]bool{},
		anywhere: map[int]bool{}, opaque: map[string]bool{}, withinRoot: map[string]map[int]bool{}}
	for _, s := range all {
		for _, a := range s.roots {
			if !m.add(a) {
				return nil, false
			}
		}
	}
	return m, true
}

func (m *stackMerge) add(a *multiRegionAnalysis) bool {
	unknown := map[string]bool{}
	var judged []string
	for _, s := range a.sites {
		switch {
		case !s.regions[0].Region.Known():
			unknown[s.key] = true
		case s.hostsCore:
			judged = append(judged, s.key)
			m.judged[s.key] = true
		}
	}
	for key, groups := range a.presence {
		for g, p := range groups {
			if unknown[key] {
				m.anywhere[g] = true
				continue
			}
			if m.presence[key] == nil {
				m.presence[key] = map[int]multiRegionPresence{}
			}
			if old, ok := m.presence[key][g]; !ok || p.rank() > old.rank() {
				m.presence[key][g] = p
			}
		}
	}
	for g := range a.anywhere {
		m.anywhere[g] = true
	}
	sites, all := a.opaqueSites()
	if all {
		return false
	}
	for key := range sites {
		if !awsregion.IsName(key) {
			return false
		}
		m.opaque[key] = true
	}
	for _, r := range judged {
		for _, other := range judged {
			for g, p := range a.presence[other] {
				if other != r && p.certain {
					if m.withinRoot[r] == nil {
						m.withinRoot[r] = map[int]bool{}
					}
					m.withinRoot[r][g] = true
				}
			}
		}
	}
	return true
}

// stackSource is a counterpart's example of a group the stack lacks.
type stackSource struct {
	stack    *regionStack
	presence multiRegionPresence
}

// compare judges a stack against its counterparts at one level, as the rule
// judges the regions of one configuration, and returns the finding's
// message when the stack lacks a group a counterpart in another region
// certainly hosts. Stacks that cannot be read or whose region is not known
// give no verdict.
func (sr *stackReader) compare(level stacks.Level) (string, bool) {
	own := sr.stack(level.Stack)
	if !own.readable || own.region == "" {
		return "", false
	}
	all := []*regionStack{own}
	var refs []*regionStack
	for _, dir := range level.Counterparts {
		c := sr.stack(dir)
		if !c.readable {
			return "", false
		}
		all = append(all, c)
		if c.region != "" && c.region != own.region && !sr.settings.isExempt(c.rel) {
			refs = append(refs, c)
		}
	}
	if len(refs) == 0 {
		return "", false
	}
	m, ok := mergeStacks(all)
	if !ok || !m.judged[own.region] || m.opaque[own.region] {
		return "", false
	}
	// Examples come from the most complete counterpart that hosts the group best.
	sort.SliceStable(refs, func(i, j int) bool { return m.certainGroups(refs[i].region) > m.certainGroups(refs[j].region) })
	required := map[int]stackSource{}
	for g := range sr.groups {
		for _, c := range refs {
			p, ok := m.presence[c.region][g]
			if ok && p.certain && m.judged[c.region] && (required[g].stack == nil || p.rank() > required[g].presence.rank()) {
				required[g] = stackSource{stack: c, presence: p}
			}
		}
	}
	var missing []int
	for g := range sr.groups {
		_, isRequired := required[g]
		_, present := m.presence[own.region][g]
		if isRequired && !present && !m.anywhere[g] && !m.withinRoot[own.region][g] {
			missing = append(missing, g)
		}
	}
	if len(missing) == 0 {
		return "", false
	}
	return sr.message(own, missing, required, refs), true
}

// certainGroups counts the groups a region certainly hosts.
func (m *stackMerge) certainGroups(region string) int {
	n := 0
	for _, p := range m.presence[region] {
		if p.certain {
			n++
		}
	}
	return n
}

func (sr *stackReader) message(own *regionStack, missing []int, required map[int]stackSource, refs []*regionStack) string {
	names := make([]string, len(missing))
	examples := map[*regionStack][]string{}
	for i, g := range missing {
		names[i] = sr.groups[g].name
		src := required[g]
		example := src.presence.example
		where, _ := sr.repo.Rel(example.Module.Config().Module.AbsDir())
		examples[src.stack] = append(examples[src.stack], example.Address()+" in "+where)
	}
	var present []string
	for _, c := range refs {
		if examples[c] != nil {
			present = append(present, fmt.Sprintf("%s (%s): %s", c.rel, c.region, strings.Join(examples[c], ", ")))
		}
	}
	counterparts := "its counterpart"
	if len(present) > 1 {
		counterparts += "s"
	}
	return fmt.Sprintf("The stack in %s (%s) lacks %s, present in %s %s. A region without the core services its counterparts have cannot take over the workload when another region fails: deploy them to %s as well, or name this stack in the rule's exempt_stacks setting if the difference is intended.",
		own.rel, own.region, strings.Join(names, ", "), counterparts, strings.Join(present, "; "), own.region)
}
