package multiregion

import (
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// callMetaArgs are module block arguments that pass no input to the module.
var callMetaArgs = map[string]bool{
	"source": true, "version": true, "providers": true, "count": true, "for_each": true, "depends_on": true,
}

// opaqueSites returns the sites an unreadable module call may deploy to: the
// regions of the provider configurations it receives and every region named
// in its arguments. all is true when they cannot be told.
func (a *analysis) opaqueSites() (sites map[string]bool, all bool) {
	sites = map[string]bool{}
	a.cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			if call.Module == nil && !call.Absent && !a.opaqueCallSites(m, call, sites) {
				all = true
			}
		}
	})
	return sites, all
}

func (a *analysis) opaqueCallSites(m *model.Module, call *model.ModuleCall, sites map[string]bool) bool {
	if !a.opaqueProviderSites(m, call, sites) {
		return false
	}
	for name, attr := range call.Body.Attributes() {
		if callMetaArgs[name] {
			continue
		}
		v := m.Eval(attr.Expr, nil)
		if strings.Contains(strings.ToLower(name), "region") && !v.IsWhollyKnown() {
			return false
		}
		_ = cty.Walk(v, func(_ cty.Path, el cty.Value) (bool, error) {
			if !el.IsKnown() || el.IsNull() {
				return false, nil
			}
			switch t := el.Type(); {
			case t == cty.String:
				if awsregion.IsName(el.AsString()) {
					sites[el.AsString()] = true
				}
			case t.IsMapType():
				for key := range el.AsValueMap() {
					if awsregion.IsName(key) {
						sites[key] = true
					}
				}
			case t.IsObjectType():
				for key := range t.AttributeTypes() {
					if awsregion.IsName(key) {
						sites[key] = true
					}
				}
			}
			return true, nil
		})
	}
	return true
}

// opaqueProviderSites adds the regions of the aws provider configurations a
// call passes: its providers map, else the caller's default configuration.
func (a *analysis) opaqueProviderSites(m *model.Module, call *model.ModuleCall, sites map[string]bool) bool {
	passed := []string{"aws"}
	providers, known := call.PassedProviders()
	if !known {
		return false
	}
	var aws []string
	for _, child := range model.SortedKeys(providers) {
		if child == "aws" || strings.HasPrefix(child, "aws.") {
			aws = append(aws, providers[child])
		}
	}
	if len(aws) > 0 {
		passed = aws
	}
	for _, address := range passed {
		p := m.Provider(address)
		if p == nil {
			return false
		}
		sites[p.Region.Key()] = true
	}
	return true
}
