package rules

import (
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// A root may deploy to a fixed set of regions through one aliased provider
// per region (aws.eu_west_1, aws.eu_west_2) handed to per-region module
// calls, and keep a default provider for what names no alias. This file
// tells when the default provider only names the primary of those regions.

// isPrimaryOfAliasedRegions reports whether the default provider's
// hard-coded region is the region of an aliased provider of the root that
// deploys something regional, and the aliased providers that do deploy to at
// least one other region: the root's layout is the parameter, as in a root
// of aliased providers only, and one region variable cannot describe it. An
// alias in the default's region alone (another account) or aliases that only
// serve global services (a us-east-1 certificate for CloudFront) make no
// such layout.
func isPrimaryOfAliasedRegions(cfg *model.Config, p *model.Provider) bool {
	if !p.Region.Known() {
		return false
	}
	regions := map[string]bool{}
	for _, alias := range deployingAliases(cfg) {
		if alias.Region.Known() {
			regions[alias.Region.Name] = true
		}
	}
	return regions[p.Region.Name] && len(regions) > 1
}

// deployingAliases are the root's aliased providers that place a regional
// resource (in the root or a module it reads), or that a module which cannot
// be read may be passed: it may deploy anything with them.
func deployingAliases(cfg *model.Config) []*model.Provider {
	var out []*model.Provider
	for _, alias := range cfg.Module.Providers {
		if alias.Alias != "" && deploysWith(cfg, alias) {
			out = append(out, alias)
		}
	}
	return out
}

// deploysWith reports whether the configuration deploys a regional resource
// with provider p, or may through a module that cannot be read.
func deploysWith(cfg *model.Config, p *model.Provider) bool {
	deploys := false
	cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			deploys = deploys || call.Module == nil && !call.Absent && mayPass(m, call, p)
		}
		for _, res := range m.Resources {
			deploys = deploys || res.Provider == p && awsfacts.IsRegional(cfg, res)
		}
	})
	return deploys
}
