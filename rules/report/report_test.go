package report

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

type testRule struct{ tflint.DefaultRule }

var rule = &testRule{}

func (testRule) Name() string              { return "test_rule" }
func (testRule) Enabled() bool             { return true }
func (testRule) Severity() tflint.Severity { return tflint.WARNING }
func (testRule) Check(tflint.Runner) error { return nil }

const caller = `
module "app" {
  source = "./modules/app"
  cidr   = "0.0.0.0/0"
}
`

const app = `
variable "cidr" {}
variable "unset" { default = "x" }
module "inner" {
  source = "./inner"
  blocks = [var.cidr]
}
resource "aws_instance" "a" {}
`

const inner = `
variable "blocks" {}
resource "aws_instance" "b" {}
`

func TestLocations(t *testing.T) {
	runner, dir := ruletest.ModuleRunner(t, map[string]string{
		"main.tf":                   caller,
		"modules/app/main.tf":       app,
		"modules/app/inner/main.tf": inner,
	})
	cfg := model.For(runner)
	innerMod := cfg.Module.Calls[0].Module.Calls[0].Module
	expr := func(src string) hcl.Expression {
		e, diags := hclsyntax.ParseExpression([]byte(src), "inner.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		return e
	}
	r := New(runner, rule)
	rootRange := ruletest.Range(filepath.Join(dir, "main.tf"), 5, 3, 5, 9)
	r.Report(Finding{Subject: "root", Message: "In the root.", Range: rootRange})
	r.Report(Finding{Subject: "b", Message: "Through two calls.", Module: innerMod, Range: innerMod.Resources[0].DeclRange, Expr: expr("var.blocks")})
	r.Report(Finding{Subject: "c", Message: "From a default.", Module: innerMod, Range: innerMod.Resources[0].DeclRange, Expr: expr("var.unset")})
	r.Report(Finding{Subject: "d", Message: "No value.", Module: innerMod, Range: innerMod.Resources[0].DeclRange})
	if err := r.Flush(); err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(dir, "main.tf")
	helper.AssertIssues(t, helper.Issues{
		{Rule: rule, Message: "In the root.", Range: rootRange},
		{Rule: rule, Message: "Through two calls.", Range: ruletest.Range(main, 4, 12, 4, 23)},
		{Rule: rule, Message: "From a default. The same applies to d.", Range: ruletest.Range(main, 2, 1, 2, 13)},
	}, runner.Issues)
}

func TestModuleCallChecksShowNothing(t *testing.T) {
	runner, _ := ruletest.ModuleRunner(t, map[string]string{"main.tf": app})
	child := ruletest.AsChild(runner)
	r := New(child, rule)
	r.Report(Finding{Subject: "a", Message: "Found.", Range: ruletest.Range("main.tf", 8, 1, 8, 29)})
	if err := r.Flush(); err != nil {
		t.Fatal(err)
	}
	if len(runner.Issues) != 0 {
		t.Errorf("a module-call check emitted %v", runner.Issues)
	}
}

func TestMerge(t *testing.T) {
	var findings []Finding
	for i := 0; i < 6; i++ {
		findings = append(findings, Finding{Subject: fmt.Sprintf("aws_x.r%d", i), Message: fmt.Sprintf("aws_x.r%d lacks it.", i)})
	}
	got := merge(findings)
	want := "aws_x.r0 lacks it. The same applies to aws_x.r1, aws_x.r2, aws_x.r3 and 2 more."
	if got != want {
		t.Errorf("merge = %q, want %q", got, want)
	}
	two := merge([]Finding{{Subject: "a", Message: "One."}, {Subject: "a", Message: "Two."}})
	if two != "One. Two." {
		t.Errorf("merge of one subject's findings = %q", two)
	}
}
