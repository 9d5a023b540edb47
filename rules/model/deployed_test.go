package model

import (
	"fmt"
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// In a module linted on its own, values that come from its variables, also
// through locals, are its callers' to set.
func TestEvalAsDeployedLeavesAModulesInputsToItsCallers(t *testing.T) {
	var b strings.Builder
	b.WriteString("variable \"profile\" {\n  default = null\n}\nlocals {\n")
	// Each local refers to the next one twice: walked without memory, the
	// chain would take 2^30 steps.
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, "  l%d = local.l%d == null ? null : local.l%d\n", i, i+1, i+1)
	}
	b.WriteString("  l30 = var.profile\n  literal = null\n}\n")
	b.WriteString("resource \"aws_instance\" \"a\" {\n  ami = local.l0\n  tags = local.literal\n}\n")
	src := b.String()

	module := Build(helper.TestRunner(t, map[string]string{"main.tf": src}), Settings{Schema: testSchema})
	res := module.Module.Resource("aws_instance", "a")
	if v := res.EvalAsDeployed(res.Body.Attr("ami").Expr); v.IsKnown() {
		t.Errorf("a module's input through locals = %#v, want unknown", v)
	}
	if v := res.EvalAsDeployed(res.Body.Attr("tags").Expr); !v.IsKnown() || !v.IsNull() {
		t.Errorf("a literal local = %#v, want null", v)
	}

	root := Build(helper.TestRunner(t, map[string]string{"main.tf": src + "terraform {\n  backend \"s3\" {}\n}\n"}), Settings{Schema: testSchema})
	res = root.Module.Resource("aws_instance", "a")
	if v := res.EvalAsDeployed(res.Body.Attr("ami").Expr); !v.IsKnown() || !v.IsNull() {
		t.Errorf("in a configuration root the default counts, got %#v", v)
	}
}

// A chain of locals longer than the tracer follows is not trusted to end in
// a default: 32 locals are followed, a 33rd makes the value the callers'.
func TestEvalAsDeployedDepthLimit(t *testing.T) {
	for _, tc := range []struct {
		locals int
		known  bool
	}{{32, true}, {33, false}} {
		var b strings.Builder
		b.WriteString("locals {\n")
		for i := 0; i < tc.locals-1; i++ {
			fmt.Fprintf(&b, "  l%d = local.l%d\n", i, i+1)
		}
		fmt.Fprintf(&b, "  l%d = null\n}\n", tc.locals-1)
		b.WriteString("resource \"aws_instance\" \"a\" {\n  ami = local.l0\n}\n")
		module := Build(helper.TestRunner(t, map[string]string{"main.tf": b.String()}), Settings{Schema: testSchema})
		res := module.Module.Resource("aws_instance", "a")
		if v := res.EvalAsDeployed(res.Body.Attr("ami").Expr); v.IsKnown() != tc.known {
			t.Errorf("%d locals: %#v, want known %v", tc.locals, v, tc.known)
		}
	}
}
