package rules

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// benchRunner answers the model's queries over parsed files the way the host
// does, and drops issues, so that benchmarks time the rules alone.
type benchRunner struct {
	tflint.Runner
	dir   string
	files map[string]*hcl.File
}

func (r *benchRunner) GetFiles() (map[string]*hcl.File, error)        { return r.files, nil }
func (r *benchRunner) GetModulePath() (addrs.Module, error)           { return addrs.Module{}, nil }
func (r *benchRunner) GetOriginalwd() (string, error)                 { return r.dir, nil }
func (r *benchRunner) DecodeRuleConfig(string, any) error             { return nil }
func (r *benchRunner) EmitIssue(tflint.Rule, string, hcl.Range) error { return nil }
func (r *benchRunner) EvaluateExpr(_ hcl.Expression, target any, _ *tflint.EvaluateExprOption) error {
	*(target.(*cty.Value)) = cty.DynamicVal
	return nil
}
func (r *benchRunner) EmitIssueWithFix(rule tflint.Rule, msg string, rng hcl.Range, _ func(tflint.Fixer) error) error {
	return r.EmitIssue(rule, msg, rng)
}

// benchModel generates a configuration with tools/benchgen and returns a
// runner whose model is already built.
func benchModel(b *testing.B, resources int) *model.Runner {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "cfg")
	gen := exec.Command("go", "run", "../tools/benchgen", "-out", dir, "-resources", strconv.Itoa(resources))
	gen.Stderr = os.Stderr
	if err := gen.Run(); err != nil {
		b.Fatal(err)
	}
	parser := hclparse.NewParser()
	files := map[string]*hcl.File{}
	matches, _ := filepath.Glob(filepath.Join(dir, "*.tf"))
	for _, m := range matches {
		f, diags := parser.ParseHCLFile(m)
		if diags.HasErrors() {
			b.Fatal(diags)
		}
		rel, _ := filepath.Rel(dir, m)
		files[rel] = f
	}
	runner := model.NewRunner(&benchRunner{dir: dir, files: files}, model.Settings{Regions: []string{"us-east-1", "us-west-2"}, Schema: schemaOf(Rules)})
	runner.Model()
	return runner
}

// BenchmarkRules10k times each rule's Check on a 10,000-resource
// configuration, with the shared model built beforehand.
func BenchmarkRules10k(b *testing.B) {
	runner := benchModel(b, 10000)
	for _, rule := range Rules {
		b.Run(rule.Name(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := rule.Check(runner); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
