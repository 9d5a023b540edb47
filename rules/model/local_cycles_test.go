package model

import (
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// A local on a cycle is unknown whichever local is asked first, so that
// rules computed at once on several goroutines see the same values as rules
// computed one after another; locals that only refer to the cycle evaluate
// with its unknown value, and locals beside it keep theirs.
func TestLocalsOnACycleAreUnknownWhicheverIsAskedFirst(t *testing.T) {
	src := `
variable "name" {
  default = "x"
}
locals {
  a      = [local.b]
  b      = local.a
  self   = "${local.self}-1"
  reader = length(local.a)
  plain  = "${var.name}-ok"
}
`
	for _, first := range []string{"a", "b", "reader"} {
		c := Build(helper.TestRunner(t, map[string]string{"main.tf": src}), Settings{Schema: testSchema})
		m := c.Module
		m.Eval(m.Locals[first].Expr, nil)
		for _, name := range []string{"a", "b", "self", "reader"} {
			if v := m.localValue(name); v.IsKnown() {
				t.Errorf("asking %s first: local.%s = %#v, want unknown", first, name, v)
			}
			if m.localDependsOnVariables(&Tracer[struct{}]{Descend: referencedInputs}, name) {
				t.Errorf("asking %s first: local.%s depends on variables through a cycle, want it to add nothing", first, name)
			}
		}
		if v, _ := m.EvalString(m.Locals["plain"].Expr, nil); v != "x-ok" {
			t.Errorf("asking %s first: local.plain = %q, want x-ok", first, v)
		}
	}
}
