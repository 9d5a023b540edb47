package model

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// bindProviders evaluates the module's own provider blocks and adds the
// implicit default configuration when the module declares none.
func (m *Module) bindProviders() {
	for _, p := range m.Providers {
		p.RegionAttr = p.Block.Body.Attr("region")
		source, traced := "environment", true
		if p.RegionAttr != nil && !IsKnownNull(m.Eval(p.RegionAttr.Expr, nil)) {
			source, traced = regionSource(m, p.RegionAttr.Expr, 0)
		}
		p.Region = Region{Provider: p.Address, source: source}
		if !traced && m.Call != nil {
			// A called module's provider whose region comes from something
			// the caller does not pass along as a reference: no identity.
			p.Region = Region{}
		}
		if p.RegionAttr != nil {
			if name, ok := m.EvalString(p.RegionAttr.Expr, nil); ok && name != "" {
				p.Region = Region{Name: name}
			}
		}
		p.DefaultTags = cty.NullVal(cty.DynamicPseudoType)
		for _, dt := range p.Block.Body.Blocks("default_tags") {
			if tags := dt.Body.Attr("tags"); tags != nil {
				p.DefaultTags = m.Eval(tags.Expr, nil)
			}
		}
	}
	if m.providers["aws"] == nil {
		p := &Provider{Address: m.AddressPrefix() + "aws", Module: m, DefaultTags: cty.NullVal(cty.DynamicPseudoType)}
		p.Region = Region{Provider: p.Address}
		m.providers["aws"] = p
	}
}

// regionSource says where an unknown provider region comes from: the
// reference the region argument is (also wrapped in a template or given a
// local name), followed through the variables of called modules to the
// caller's reference. Other expressions are not compared.
func regionSource(m *Module, expr hcl.Expression, depth int) (string, bool) {
	if wrap, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		expr = wrap.Wrapped
	}
	name := TraversalName(expr)
	if name == "" || depth > maxRefDepth {
		return "", false
	}
	if local, ok := strings.CutPrefix(name, "local."); ok && !strings.Contains(local, ".") {
		if attr := m.Locals[local]; attr != nil {
			if source, traced := regionSource(m, attr.Expr, depth+1); traced {
				return source, true
			}
		}
	}
	if variable, ok := strings.CutPrefix(name, "var."); ok && m.Call != nil && !strings.Contains(variable, ".") {
		if arg := m.Call.Body.Attr(variable); arg != nil {
			return regionSource(m.Call.Parent, arg.Expr, depth+1)
		}
		return "", false
	}
	return m.AddressPrefix() + name, true
}

// inheritProviders maps the caller's configurations into a called module: an
// explicit providers map, and the caller's default configuration for a
// default the map does not pass (Terraform walks up the callers for an
// unaliased configuration whether or not the call has a map). Terraform only
// lets a caller pass a configuration for a proxy block (`provider "aws"
// { alias = "x" }`), so a passed configuration replaces the module's own
// block; an empty default block inherits as well.
func (m *Module) inheritProviders() {
	parent := m.Call.Parent
	for child, caller := range m.Call.providerMap {
		if p := parent.providers[caller]; p != nil {
			m.replaceProvider(child, p)
		}
	}
	if _, passed := m.Call.providerMap["aws"]; passed {
		return
	}
	if p := parent.providers["aws"]; p != nil {
		if own := m.providers["aws"]; own == nil || isProxyBlock(own) {
			m.replaceProvider("aws", p)
		}
	}
}

func (m *Module) replaceProvider(address string, p *Provider) {
	if own := m.providers[address]; own != nil {
		for i, declared := range m.Providers {
			if declared == own {
				m.Providers = append(m.Providers[:i:i], m.Providers[i+1:]...)
				break
			}
		}
	}
	m.providers[address] = p
}

// resolveResources sets each resource's provider, effective region and existence.
func (m *Module) resolveResources() {
	for _, call := range m.Calls {
		call.Expanded = call.Body.Has("count") || call.Body.Has("for_each")
	}
	for _, list := range [][]*Resource{m.Resources, m.DataSources} {
		for _, r := range list {
			r.Expanded = r.Body.Has("count") || r.Body.Has("for_each")
			if !strings.HasPrefix(r.Type, "aws_") {
				continue
			}
			address := "aws"
			if pa := r.Body.Attr("provider"); pa != nil {
				if a := ProviderAddress(pa.Expr); a != "" {
					address = a
				}
			}
			// A configuration the model cannot resolve (an alias the caller
			// did not pass) leaves the region unidentified.
			r.Provider = m.providers[address]
			if r.Provider != nil {
				r.Region = r.Provider.Region
			}
			if ra := r.Body.Attr("region"); ra != nil {
				r.RegionAttr = ra
				// A null region (the usual default of a module's region
				// variable) leaves the provider's region in effect.
				providerRegion := r.Region
				switch v := m.Eval(ra.Expr, r); {
				case v.IsKnown() && v.IsNull():
				case v.IsKnown() && v.Type() == cty.String && v.AsString() != "":
					r.Region = Region{Name: v.AsString()}
				default:
					r.Region = Region{}
					r.InstanceRegions = m.instanceRegions(r, providerRegion)
				}
			}
		}
	}
}

// instanceRegions evaluates a region argument that depends on count or each
// for every instance; nil when there are none or some instance's region is
// not known.
func (m *Module) instanceRegions(r *Resource, providerRegion Region) []InstanceRegion {
	if !RefersTo(r.RegionAttr.Expr, "each", "count") {
		return nil
	}
	var placed []InstanceRegion
	for _, inst := range r.Instances() {
		region := providerRegion
		switch v := m.EvalWith(r.RegionAttr.Expr, r, inst.Vars); {
		case v.IsKnown() && v.IsNull():
		case v.IsKnown() && v.Type() == cty.String && v.AsString() != "":
			region = Region{Name: v.AsString()}
		default:
			return nil
		}
		placed = append(placed, InstanceRegion{Key: inst.Key, Region: region})
	}
	return placed
}
