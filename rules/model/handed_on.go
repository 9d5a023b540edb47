package model

import "github.com/hashicorp/hcl/v2"

// HandedOn returns the resources that the module's outputs, module call
// arguments and locals refer to: users the module hands them to.
func (m *Module) HandedOn() map[*Resource]bool {
	return handedOn.of(&m.config.memo, m, func() map[*Resource]bool {
		handed := map[*Resource]bool{}
		var exprs []hcl.Expression
		for _, o := range m.Outputs {
			exprs = append(exprs, o.Expr)
		}
		for _, call := range m.Calls {
			for _, a := range call.Body.Attributes() {
				exprs = append(exprs, a.Expr)
			}
		}
		for _, a := range m.Locals {
			exprs = append(exprs, a.Expr)
		}
		for _, expr := range exprs {
			refs, _ := m.References(expr)
			for _, ref := range refs {
				handed[ref.Resource] = true
			}
		}
		return handed
	})
}

var handedOn = &analysis[map[*Resource]bool]{name: "resources handed on"}
