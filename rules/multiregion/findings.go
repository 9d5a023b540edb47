package multiregion

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// finding is a region of one root that lacks groups, and where it is reported.
type finding struct {
	message string
	at      hcl.Range
}

// groupSource is the example of a required group.
type groupSource struct {
	site     *site
	presence groupPresence
}

func (a *analysis) findings() []finding {
	configuredNames := map[string]bool{}
	for _, name := range a.cfg.Settings.Regions {
		configuredNames[name] = true
	}
	var judged []*site
	for _, s := range a.sites {
		if s.hostsCore || s.configured && len(configuredNames) > 1 {
			judged = append(judged, s)
		}
	}
	if len(judged) < 2 {
		return nil
	}
	// A group is required when some judged site certainly hosts it. Examples
	// come from the most complete site that hosts the group best, so that a
	// message points at one reference region where it can.
	sources := append([]*site{}, judged...)
	sort.SliceStable(sources, func(i, j int) bool { return a.certainGroups(sources[i]) > a.certainGroups(sources[j]) })
	required := map[int]groupSource{}
	for g := range a.groups {
		for _, s := range sources {
			p, ok := a.presence[s.key][g]
			if ok && p.certain && (required[g].site == nil || p.rank() > required[g].presence.rank()) {
				required[g] = groupSource{site: s, presence: p}
			}
		}
	}
	// A configured region that the configuration does not visibly deploy to
	// may be one whose name is unknown.
	unknownHosts := false
	for _, s := range judged {
		unknownHosts = unknownHosts || s.hostsCore && !s.regions[0].Region.Known()
	}
	opaque, opaqueAll := a.opaqueSites()
	if opaqueAll {
		return nil
	}
	var out []finding
	for _, s := range judged {
		if opaque[s.key] || unknownHosts && !s.hostsCore {
			continue
		}
		var missing []int
		for g := range a.groups {
			_, isRequired := required[g]
			_, present := a.presence[s.key][g]
			if isRequired && !present && !a.anywhere[g] {
				missing = append(missing, g)
			}
		}
		if len(missing) == 0 {
			continue
		}
		at, ok := a.anchor(s)
		if !ok {
			continue
		}
		out = append(out, finding{message: a.message(s, missing, required, sources), at: at})
	}
	return out
}

// anchor is the site's provider block or first resource; a configured region
// with neither is reported at the first provider "aws" block, else the first
// terraform block, else the module's first block.
func (a *analysis) anchor(s *site) (hcl.Range, bool) {
	if at, ok := a.cfg.RegionAnchor(s.regions[0]); ok {
		return at, true
	}
	return a.cfg.Module.ConfigurationAnchor()
}

func (a *analysis) message(s *site, missing []int, required map[int]groupSource, sources []*site) string {
	names := make([]string, len(missing))
	examples := map[*site][]string{}
	for i, g := range missing {
		names[i] = a.groups[g].name
		src := required[g]
		examples[src.site] = append(examples[src.site], src.presence.example.Address())
	}
	var present []string
	for _, src := range sources {
		if examples[src] != nil {
			present = append(present, src.regions[0].Region.String()+": "+strings.Join(examples[src], ", "))
		}
	}
	region := s.regions[0].Region
	label := a.cfg.RegionLabel(region)
	if !region.Known() {
		label = strings.ToUpper(label[:1]) + label[1:]
	}
	if s.hostsNothing() {
		return fmt.Sprintf("%s is named in the plugin's regions setting but hosts none of %s, present in %s. A region without the core services cannot take over the workload when another region fails: deploy them to %s as well, or remove it from regions.",
			label, strings.Join(names, ", "), strings.Join(present, "; "), region.String())
	}
	return fmt.Sprintf("%s lacks %s, present in %s. A region without the core services the others have cannot take over the workload when another region fails: deploy them to %s as well, or stop deploying to it.",
		label, strings.Join(names, ", "), strings.Join(present, "; "), region.String())
}

// hostsNothing reports whether the site is a configured region without any regional resource.
func (s *site) hostsNothing() bool {
	for _, dr := range s.regions {
		if len(dr.Resources) > 0 {
			return false
		}
	}
	return s.configured
}

// certainGroups counts the groups a site certainly hosts.
func (a *analysis) certainGroups(s *site) int {
	n := 0
	for _, p := range a.presence[s.key] {
		if p.certain {
			n++
		}
	}
	return n
}
