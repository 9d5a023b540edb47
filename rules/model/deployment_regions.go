package model

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// DeploymentRegion is a region with the resources placed in it, as
// GroupByRegion groups them. Which resources make a region one the
// configuration deploys to is AWS knowledge, in rules/awsfacts
// (awsfacts.DeploymentRegions).
type DeploymentRegion struct {
	Region Region
	// Resources are the resources placed in the region that the grouping
	// kept, in the module under check and in every readable called module.
	Resources []*Resource
	// Configured is true when the plugin's `regions` setting names the region.
	Configured bool
}

// GroupByRegion groups the existing resources that pass the filter by the
// regions they are placed in, in order of first appearance. Resources whose
// region cannot be identified are left out.
func (c *Config) GroupByRegion(keep func(*Resource) bool) []*DeploymentRegion {
	byKey := map[string]*DeploymentRegion{}
	var out []*DeploymentRegion
	for _, r := range c.AllResources() {
		if !keep(r) {
			continue
		}
		for _, region := range r.Regions() {
			dr := byKey[region.Key()]
			if dr == nil {
				dr = &DeploymentRegion{Region: region}
				byKey[region.Key()] = dr
				out = append(out, dr)
			}
			dr.Resources = append(dr.Resources, r)
		}
	}
	return out
}

// RegionProvider returns the provider block of the module under check that
// sets a region, preferring an aliased one; nil when no block sets it.
func (c *Config) RegionProvider(region Region) *Provider {
	var found *Provider
	for _, p := range c.Module.Providers {
		if p.Region.Key() != region.Key() {
			continue
		}
		if p.Alias != "" {
			return p
		}
		if found == nil {
			found = p
		}
	}
	return found
}

// RegionAnchor is where a finding about a whole region is reported: its
// provider block, else its first resource (a region that exists only through
// per-resource region arguments).
func (c *Config) RegionAnchor(dr *DeploymentRegion) (hcl.Range, bool) {
	if p := c.RegionProvider(dr.Region); p != nil {
		return p.ReportRange(), true
	}
	if len(dr.Resources) > 0 {
		return dr.Resources[0].ReportRange(), true
	}
	return hcl.Range{}, false
}

// RegionLabel names a region for messages, with the providers that set it.
func (c *Config) RegionLabel(region Region) string {
	if !region.Known() {
		return region.String()
	}
	var addresses []string
	for _, p := range c.Module.Providers {
		if p.Region.Key() == region.Key() {
			addresses = append(addresses, p.Address)
		}
	}
	switch len(addresses) {
	case 0:
		return region.Name
	case 1:
		return region.Name + " (provider " + addresses[0] + ")"
	}
	return region.Name + " (providers " + strings.Join(addresses, ", ") + ")"
}
