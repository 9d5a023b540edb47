package report

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// Two calls of one module source, one of another, and a module that calls
// the shared source itself.
const causeCallers = `
module "a" {
  source = "./modules/topic"
  name   = "a"
}
module "b" {
  source = "./modules/topic"
  name   = "b"
}
module "other" {
  source = "./modules/other"
  name   = "o"
}
module "wrap" {
  source = "./modules/wrap"
}
`

const causeTopic = `
variable "name" {}
resource "aws_sns_topic" "t" {
  name = var.name
}
`

const causeWrap = `
module "inner" {
  source = "../topic"
  name   = "wrapped"
}
`

type otherRule struct{ testRule }

var secondRule = &otherRule{}

func (otherRule) Name() string { return "other_rule" }

// topicFindings reports, for each call that leads to a module, a finding at
// the topic's block and one at its name, whose value the call passes.
func topicFindings(t *testing.T, runner tflint.Runner, rule tflint.Rule, mods []*model.Module) {
	t.Helper()
	r := New(runner, rule)
	for _, mod := range mods {
		topic := mod.Resources[0]
		name, diags := hclsyntax.ParseExpression([]byte("var.name"), "main.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		r.Report(Finding{Subject: topic.Address(), Message: topic.Address() + " lacks a key.", Module: mod, Range: topic.DeclRange})
		nameRange := ruletest.Range(topic.DeclRange.Filename, 4, 10, 4, 18)
		r.Report(Finding{Subject: topic.Address(), Message: topic.Address() + " has a bad name.", Module: mod, Range: nameRange, Expr: name})
	}
	if err := r.Flush(); err != nil {
		t.Fatal(err)
	}
}

func TestOneIssuePerModuleSource(t *testing.T) {
	runner, dir := ruletest.ModuleRunner(t, map[string]string{
		"main.tf":               causeCallers,
		"modules/topic/main.tf": causeTopic,
		"modules/other/main.tf": causeTopic,
		"modules/wrap/main.tf":  causeWrap,
	})
	cfg := model.For(runner)
	calls := cfg.Module.Calls
	mods := []*model.Module{calls[0].Module, calls[1].Module, calls[2].Module, calls[3].Module.Calls[0].Module}
	topicFindings(t, runner, rule, mods)
	topicFindings(t, runner, secondRule, mods[:2])
	main := filepath.Join(dir, "main.tf")
	lacks := func(first string, others string) string {
		m := first + " lacks a key."
		if others != "" {
			m += " The same applies to " + others + "."
		}
		return m
	}
	blockOf := func(line int, name string) hcl.Range {
		return ruletest.Range(main, line, 1, line, len(`module ""`)+len(name)+1)
	}
	helper.AssertIssues(t, helper.Issues{
		// One module source at two top-level calls and one nested call: one issue, at the first call.
		{Rule: rule, Message: lacks("module.a.aws_sns_topic.t", "module.b.aws_sns_topic.t, module.wrap.module.inner.aws_sns_topic.t"), Range: blockOf(2, "a")},
		// Each caller's argument is its own cause.
		{Rule: rule, Message: "module.a.aws_sns_topic.t has a bad name.", Range: ruletest.Range(main, 4, 12, 4, 15)},
		{Rule: rule, Message: "module.b.aws_sns_topic.t has a bad name.", Range: ruletest.Range(main, 8, 12, 8, 15)},
		// Another directory is another cause, though its code is the same.
		{Rule: rule, Message: lacks("module.other.aws_sns_topic.t", ""), Range: blockOf(10, "other")},
		{Rule: rule, Message: "module.other.aws_sns_topic.t has a bad name.", Range: ruletest.Range(main, 12, 12, 12, 15)},
		// A nested call's literal argument is in the module that calls it: the
		// finding is shown at the top-level block, as an issue of its own.
		{Rule: rule, Message: "module.wrap.module.inner.aws_sns_topic.t has a bad name.", Range: blockOf(14, "wrap")},
		// Another rule's findings are its own issues.
		{Rule: secondRule, Message: lacks("module.a.aws_sns_topic.t", "module.b.aws_sns_topic.t"), Range: blockOf(2, "a")},
		{Rule: secondRule, Message: "module.a.aws_sns_topic.t has a bad name.", Range: ruletest.Range(main, 4, 12, 4, 15)},
		{Rule: secondRule, Message: "module.b.aws_sns_topic.t has a bad name.", Range: ruletest.Range(main, 8, 12, 8, 15)},
	}, runner.Issues)
}

func TestPerCallRemedyStaysPerCall(t *testing.T) {
	runner, dir := ruletest.ModuleRunner(t, map[string]string{
		"main.tf":               causeCallers,
		"modules/topic/main.tf": causeTopic,
		"modules/other/main.tf": causeTopic,
		"modules/wrap/main.tf":  causeWrap,
	})
	calls := model.For(runner).Module.Calls
	r := New(runner, rule)
	for i, remedy := range []string{"Add an output with %s.", "Add an output for every instance of %s."} {
		mod := calls[i].Module
		prefix := strings.TrimSuffix(mod.AddressPrefix(), ".")
		r.Report(Finding{Subject: mod.Resources[0].Address(), Message: fmt.Sprintf(remedy, prefix), Module: mod, Range: mod.Resources[0].DeclRange})
	}
	if err := r.Flush(); err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(dir, "main.tf")
	helper.AssertIssues(t, helper.Issues{
		{Rule: rule, Message: "Add an output with module.a.", Range: ruletest.Range(main, 2, 1, 2, 11)},
		{Rule: rule, Message: "Add an output for every instance of module.b.", Range: ruletest.Range(main, 6, 1, 6, 11)},
	}, runner.Issues)
}

func TestIgnoredCallLeavesTheIssueToTheNext(t *testing.T) {
	runner, dir := ruletest.ModuleRunner(t, map[string]string{
		"main.tf":               "# tflint-ignore: test_rule\n" + causeCallers[1:],
		"modules/topic/main.tf": causeTopic,
		"modules/other/main.tf": causeTopic,
		"modules/wrap/main.tf":  causeWrap,
	})
	calls := model.For(runner).Module.Calls
	r := New(runner, rule)
	for _, call := range calls[:2] {
		topic := call.Module.Resources[0]
		r.Report(Finding{Subject: topic.Address(), Message: "It lacks a key.", Module: call.Module, Range: topic.DeclRange})
	}
	if err := r.Flush(); err != nil {
		t.Fatal(err)
	}
	helper.AssertIssues(t, helper.Issues{
		{Rule: rule, Message: "It lacks a key.", Range: ruletest.Range(filepath.Join(dir, "main.tf"), 6, 1, 6, 11)},
	}, runner.Issues)
}

// A file that ignores the rule as a whole (tflint-ignore-file at its top)
// acknowledges its calls too: the shared cause's issue goes to a call in
// another file, as TFLint would drop it in the first.
func TestIgnoredFileLeavesTheIssueToTheNext(t *testing.T) {
	runner, dir := ruletest.ModuleRunner(t, map[string]string{
		"a.tf":                  "# tflint-ignore-file: test_rule\nmodule \"a\" {\n  source = \"./modules/topic\"\n}\n",
		"b.tf.json":             `{"//": "tflint-ignore-file: other_rule", "module": {"b": {"source": "./modules/topic"}}}`,
		"c.tf":                  "module \"c\" {\n  source = \"./modules/topic\"\n}\n",
		"modules/topic/main.tf": causeTopic,
	})
	calls := model.For(runner).Module.Calls
	r := New(runner, rule)
	for _, call := range calls {
		topic := call.Module.Resources[0]
		r.Report(Finding{Subject: topic.Address(), Message: "It lacks a key.", Module: call.Module, Range: topic.DeclRange})
	}
	if err := r.Flush(); err != nil {
		t.Fatal(err)
	}
	if len(runner.Issues) != 1 || filepath.Base(runner.Issues[0].Range.Filename) == "a.tf" {
		t.Fatalf("want one issue outside a.tf, got %v", runner.Issues)
	}
	if got := runner.Issues[0].Range.Filename; got != filepath.Join(dir, "b.tf.json") && got != filepath.Join(dir, "c.tf") {
		t.Errorf("issue in %s", got)
	}
}
