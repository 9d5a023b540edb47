package model

import (
	"github.com/hashicorp/hcl/v2"
)

// Resource is a managed resource or a data source.
type Resource struct {
	Type      string
	Name      string
	Module    *Module
	Body      *Body
	DeclRange hcl.Range
	// Provider is the configuration the resource uses; nil for non-AWS types.
	Provider *Provider
	// RegionAttr is the resource's own region argument (AWS provider v6).
	RegionAttr *hcl.Attribute
	// Region is the effective region: RegionAttr when set, else the provider's.
	Region Region
	// InstanceRegions place the instances of a resource whose region
	// argument varies by instance (`region = each.key` over a known
	// for_each), in instance order; nil otherwise.
	InstanceRegions []InstanceRegion
	// Expanded is true when count or for_each is set.
	Expanded bool
	// Data is true for a data source.
	Data bool
}

// Address is the resource address as Terraform writes it, with module path.
func (r *Resource) Address() string {
	addr := r.Type + "." + r.Name
	if r.Data {
		addr = "data." + addr
	}
	if r.Module != nil {
		addr = r.Module.AddressPrefix() + addr
	}
	return addr
}

// InCheckedModule reports whether the resource belongs to the module under check.
func (r *Resource) InCheckedModule() bool { return r.Module != nil && r.Module.Call == nil }

// ReportRange is where a finding about the resource can be reported in the
// module under check: its own block, or the module block that leads to it.
func (r *Resource) ReportRange() hcl.Range {
	if r.Module == nil {
		return r.DeclRange
	}
	return r.Module.ReportRange(r.DeclRange)
}
