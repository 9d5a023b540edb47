package rules

import "github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"

// A root may deploy one module per region: the same source called once for
// each region, each call handed the root's aliased provider of its region
// (aws.region = aws.eu_west_1, aws.region = aws.eu_west_2), next to a default
// provider for what names no alias. This file tells when the default
// provider only names the primary of those regions.

// isPrimaryOfAliasedRegions reports whether the default provider's
// hard-coded region is one of the regions the root's per-region module calls
// deploy to: the layout is the parameter, as in a root of aliased providers
// only, and one region variable cannot describe it. Aliases alone do not make
// that layout: an alias for another account in the default's region, or one
// for a us-east-1 certificate, sits next to a root that deploys to one region.
func isPrimaryOfAliasedRegions(cfg *model.Config, p *model.Provider) bool {
	if !p.Region.Known() {
		return false
	}
	bySource := map[string][]*model.ModuleCall{}
	var sources []string
	for _, call := range cfg.Module.Calls {
		if call.Absent || call.Source == "" {
			continue
		}
		if bySource[call.Source] == nil {
			sources = append(sources, call.Source)
		}
		bySource[call.Source] = append(bySource[call.Source], call)
	}
	for _, source := range sources {
		for _, regions := range perRegionProviders(cfg.Module, bySource[source]) {
			if regions[p.Region.Name] {
				return true
			}
		}
	}
	return false
}

// perRegionProviders returns, for each provider name of a module that every
// one of its calls fills with an aliased provider of the caller whose region
// is known, the regions those providers name, when they are two or more: the
// name the calls deploy one region each through (aws.region), not one they
// all share (aws.management = aws.management).
func perRegionProviders(m *model.Module, calls []*model.ModuleCall) map[string]map[string]bool {
	regions, filled := map[string]map[string]bool{}, map[string]int{}
	for _, call := range calls {
		passed, _ := call.PassedProviders()
		for name, caller := range passed {
			q := m.Provider(caller)
			if q == nil || q.Alias == "" || !q.Region.Known() {
				continue
			}
			if regions[name] == nil {
				regions[name] = map[string]bool{}
			}
			regions[name][q.Region.Name] = true
			filled[name]++
		}
	}
	for name, names := range regions {
		if filled[name] < len(calls) || len(names) < 2 {
			delete(regions, name)
		}
	}
	return regions
}
