package model

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// DeploymentRegion is a region that hosts regional managed resources, or one
// the plugin's `regions` setting requires.
type DeploymentRegion struct {
	Region Region
	// Resources are the existing regional resources placed in the region, in
	// the module under check and in every readable called module.
	Resources []*Resource
	// Configured is true when the `regions` setting names the region.
	Configured bool
}

// IsRegional reports whether a resource is placed in its region: an existing
// AWS managed resource that neither belongs to a global service nor only
// serves one (ACM certificates, WAF web ACLs and Lambda@Edge functions used
// by CloudFront).
func (c *Config) IsRegional(r *Resource) bool {
	if r.Data || r.Absent() || !strings.HasPrefix(r.Type, "aws_") || IsGlobalType(r.Type) {
		return false
	}
	return !c.servesGlobal()[r]
}

// DeploymentRegions returns the regions that host regional resources, in order
// of first appearance, followed by required regions that host nothing.
// Resources whose region cannot be identified are left out.
func (c *Config) DeploymentRegions() []*DeploymentRegion {
	return deploymentRegions.of(&c.memo, c, c.findDeploymentRegions)
}

var deploymentRegions = &analysis[[]*DeploymentRegion]{name: "deployment regions"}

func (c *Config) findDeploymentRegions() []*DeploymentRegion {
	out := c.GroupByRegion(c.IsRegional)
	byKey := map[string]*DeploymentRegion{}
	for _, dr := range out {
		byKey[dr.Region.Key()] = dr
	}
	for _, name := range c.Settings.Regions {
		if dr := byKey[name]; dr != nil {
			dr.Configured = true
			continue
		}
		dr := &DeploymentRegion{Region: Region{Name: name}, Configured: true}
		byKey[name] = dr
		out = append(out, dr)
	}
	return out
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

// MultiRegion reports whether the configuration deploys to, or must deploy
// to, two or more regions.
func (c *Config) MultiRegion() bool {
	return len(c.DeploymentRegions()) > 1 || len(c.Settings.Regions) > 1
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
