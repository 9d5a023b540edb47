package model

import (
	"sync"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/lang/marks"
	"github.com/zclconf/go-cty/cty"
)

// Evaluation results carry no marks, wherever sensitive() runs: in the
// expression, deep inside its value, in a local it reads, or in a value bound
// by the caller; and an evaluation without sensitive() is not confused by
// one running on another goroutine.
func TestEvaluationResultsCarryNoMarks(t *testing.T) {
	c := Build(helper.TestRunner(t, map[string]string{
		"main.tf": `
locals {
  secret = sensitive("s3cr3t")
  tags   = { Name = sensitive("x"), Owner = "team" }
}
`,
	}), Settings{Schema: testSchema})
	mod := c.Module
	for _, src := range []string{
		`sensitive("a")`,
		`{ a = [sensitive(1)], b = "x" }`,
		`local.secret`,
		`merge(local.tags, { Environment = "prod" })`,
		`nonsensitive(sensitive({ a = sensitive("b") }))`,
		`"plain"`,
	} {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "eval.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		if v := mod.Eval(expr, nil); v.ContainsMarked() {
			t.Errorf("%s: the result carries marks: %#v", src, v)
		}
	}
	iter, _ := hclsyntax.ParseExpression([]byte(`each.value`), "eval.tf", hcl.InitialPos)
	bound := map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"value": cty.StringVal("v").Mark(marks.Sensitive)})}
	if v := mod.EvalWith(iter, nil, bound); v.ContainsMarked() {
		t.Errorf("a marked value bound by the caller comes back marked: %#v", v)
	}

	marked, _ := hclsyntax.ParseExpression([]byte(`{ a = sensitive("b") }`), "eval.tf", hcl.InitialPos)
	plain, _ := hclsyntax.ParseExpression([]byte(`{ a = "b" }`), "eval.tf", hcl.InitialPos)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 200 {
				if v := mod.Eval(marked, nil); v.ContainsMarked() {
					t.Errorf("concurrent evaluation with sensitive(): marks kept: %#v", v)
					return
				}
				if v := mod.Eval(plain, nil); v.ContainsMarked() || v.GetAttr("a").AsString() != "b" {
					t.Errorf("concurrent evaluation without sensitive(): %#v", v)
					return
				}
			}
		})
	}
	wg.Wait()
}
