package multiregion

import (
	"fmt"
	"sort"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/stacks"
)

// stackSource is a counterpart's example of a group the stack lacks.
type stackSource struct {
	stack    *regionStack
	presence groupPresence
}

// compare judges one part of a stack against the same part of its
// counterparts at one level (prod with prod, layers with layers), as the
// rule judges the regions of one configuration, and returns the finding's
// message when the part lacks a group a counterpart in another region
// certainly hosts. Parts that cannot be read or whose region is not known
// give no verdict; a counterpart without the part is not compared.
func (sr *stackReader) compare(level stacks.Level, part string) (string, bool) {
	own := sr.stack(level.Stack, part)
	if !own.readable || own.region == "" || own.exempt(sr.settings) {
		return "", false
	}
	all := []*regionStack{own}
	var refs []*regionStack
	for _, dir := range level.Counterparts {
		c := sr.stack(dir, part)
		if c.empty {
			continue
		}
		if !c.readable {
			return "", false
		}
		all = append(all, c)
		if c.region != "" && c.region != own.region && !c.exempt(sr.settings) {
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
