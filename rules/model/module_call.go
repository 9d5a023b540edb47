package model

import "github.com/hashicorp/hcl/v2"

// ModuleCall is a module block.
type ModuleCall struct {
	Name      string
	Source    string
	Body      *Body
	DeclRange hcl.Range
	Parent    *Module
	// Module is nil when the called module cannot be read (opaque).
	Module *Module
	Absent bool
	// Expanded is true when count or for_each is set.
	Expanded bool
	// providerMap maps child provider addresses to the caller's.
	providerMap map[string]string
}

// evalSource evaluates the call's source argument in its caller.
func (c *ModuleCall) evalSource() {
	if src := c.Body.Attr("source"); src != nil {
		c.Source, _ = c.Parent.EvalString(src.Expr, nil)
	}
}

// PassedProviders reads the call's `providers = { aws = aws.west, aws.x = aws }`:
// child provider address → the caller's. A call without the argument passes
// the caller's default configuration, as Terraform does (nil, true); known is
// false when the map or one of its entries cannot be read.
func (c *ModuleCall) PassedProviders() (passed map[string]string, known bool) {
	return passedProviders(c.Body)
}

func passedProviders(body *Body) (map[string]string, bool) {
	attr := body.Attr("providers")
	if attr == nil {
		return nil, true
	}
	pairs, diags := hcl.ExprMap(attr.Expr)
	if diags.HasErrors() {
		return map[string]string{}, false
	}
	out := map[string]string{}
	known := true
	for _, p := range pairs {
		k, v := ProviderAddress(p.Key), ProviderAddress(p.Value)
		if k == "" || v == "" {
			known = false
			continue
		}
		out[k] = v
	}
	return out, known
}

// providerMap is what the call's providers map passes, without the entries
// that cannot be read.
func providerMap(body *Body) map[string]string {
	passed, _ := passedProviders(body)
	if passed == nil {
		return map[string]string{}
	}
	return passed
}
