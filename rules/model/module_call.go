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

// providerMap reads `providers = { aws = aws.west, aws.x = aws }`.
func providerMap(body *Body) map[string]string {
	out := map[string]string{}
	attr := body.Attr("providers")
	if attr == nil {
		return out
	}
	pairs, diags := hcl.ExprMap(attr.Expr)
	if diags.HasErrors() {
		return out
	}
	for _, p := range pairs {
		k, v := ProviderAddress(p.Key), ProviderAddress(p.Value)
		if k != "" && v != "" {
			out[k] = v
		}
	}
	return out
}
