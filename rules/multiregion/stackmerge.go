package multiregion

import (
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
)

// stackMerge is what the roots of a level's stack parts place in each region,
// merged as if they were one configuration.
type stackMerge struct {
	presence map[string]map[int]groupPresence
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
	m = &stackMerge{presence: map[string]map[int]groupPresence{}, judged: map[string]bool{},
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

func (m *stackMerge) add(a *analysis) bool {
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
				m.presence[key] = map[int]groupPresence{}
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
