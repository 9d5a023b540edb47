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
	runner := model.NewRunner(benchFiles(b, resources), model.Settings{Regions: []string{"us-east-1", "us-west-2"}, Schema: schemaOf(Rules)})
	runner.Model()
	return runner
}

// benchFiles generates a configuration with tools/benchgen and returns a
// runner over its parsed root files.
func benchFiles(b *testing.B, resources int) *benchRunner {
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
	return &benchRunner{dir: dir, files: files}
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

// BenchmarkCheck10k times what the plugin does for one module check of a
// 10,000-resource configuration once the host has sent the parsed files:
// building the model and running every rule on it, analyses included.
func BenchmarkCheck10k(b *testing.B) {
	files := benchFiles(b, 10000)
	settings := model.Settings{Regions: []string{"us-east-1", "us-west-2"}, Schema: schemaOf(Rules)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runner := model.NewRunner(files, settings)
		for _, rule := range Rules {
			if err := rule.Check(runner); err != nil {
				b.Fatal(err)
			}
		}
	}
}
