package model

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Provider is a provider "aws" configuration.
type Provider struct {
	// Address is "aws" or "aws.<alias>", prefixed with "module.<name>." for a
	// provider block declared inside a called module.
	Address string
	Alias   string
	Module  *Module
	// Block is nil for the implicit default configuration of a module that declares none.
	Block       *Block
	RegionAttr  *hcl.Attribute
	Region      Region
	DefaultTags cty.Value
}

// ReportRange is where a finding about a provider block goes: the block, or
// in JSON its region argument, since the blocks of a JSON array all start at
// the array.
func (p *Provider) ReportRange() hcl.Range {
	if p.Block.Body.IsJSON() && p.RegionAttr != nil {
		return p.RegionAttr.Expr.Range()
	}
	return p.Block.DefRange
}

// configuresSomething reports whether a provider block sets a region, an
// account or credentials, endpoints or default tags. A block that sets none
// only declares a configuration: in a called module, a proxy its caller fills.
func (p *Provider) configuresSomething() bool {
	if p.Block == nil {
		return false
	}
	body := p.Block.Body
	if body.Has("region") {
		return true
	}
	for _, a := range providerSettings {
		if body.Has(a) {
			return true
		}
	}
	for _, b := range []string{"default_tags", "assume_role", "assume_role_with_web_identity", "endpoints"} {
		if len(body.AllBlocks(b)) > 0 {
			return true
		}
	}
	return false
}

// isProxyBlock reports whether a provider block configures nothing.
func isProxyBlock(p *Provider) bool {
	return p.Block != nil && !p.configuresSomething()
}

// configuresProvider reports whether the module has a provider "aws" block
// that configures something. A module whose blocks only name aliases declares
// the configurations its caller must pass (the form that preceded
// configuration_aliases); a root would give them a region or credentials.
func (m *Module) configuresProvider() bool {
	for _, p := range m.Providers {
		if p.Alias == "" || p.configuresSomething() || m.passesToCalls(p) {
			return true
		}
	}
	return false
}

// passesToCalls reports whether a call of a module outside the directory
// (`source = "../.."`) gets the configuration in its providers map: what an
// example does with its aliases when it calls the module it shows. A module
// declaring proxies hands them to its own `./modules` the same way.
func (m *Module) passesToCalls(p *Provider) bool {
	for _, call := range m.Calls {
		if !strings.HasPrefix(call.Source, "../") {
			continue
		}
		for _, passed := range providerMap(call.Body) {
			if m.AddressPrefix()+passed == p.Address {
				return true
			}
		}
	}
	return false
}

// ProviderAddress reads `aws.west` from a provider argument, also in its JSON string form.
func ProviderAddress(expr hcl.Expression) string {
	if name := TraversalName(expr); name != "" {
		return name
	}
	if v, diags := expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
		return v.AsString()
	}
	return ""
}
