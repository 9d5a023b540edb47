package model

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

// filesRunner is the part of a host runner the model uses, over files on disk.
// Variables evaluate to unknown.
type filesRunner struct {
	tflint.Runner
	files map[string]*hcl.File
}

func (r *filesRunner) GetFiles() (map[string]*hcl.File, error) { return r.files, nil }

func (r *filesRunner) GetModulePath() (addrs.Module, error)   { return addrs.Module{}, nil }
func (r *filesRunner) GetOriginalwd() (string, error)         { return "/", nil }
func (r *filesRunner) GetFile(name string) (*hcl.File, error) { return r.files[name], nil }
func (r *filesRunner) EvaluateExpr(expr hcl.Expression, target any, _ *tflint.EvaluateExprOption) error {
	*(target.(*cty.Value)) = cty.DynamicVal
	return nil
}

// BenchConfig generates a configuration with tools/benchgen and reads its root files.
func BenchConfig(b *testing.B, resources, perFile int) tflint.Runner {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "cfg")
	gen := exec.Command("go", "run", "../../tools/benchgen", "-out", dir,
		"-resources", strconv.Itoa(resources), "-per-file", strconv.Itoa(perFile))
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
		files[m] = f
	}
	return &filesRunner{files: files}
}

func benchmarkBuild(b *testing.B, resources, perFile int) {
	runner := BenchConfig(b, resources, perFile)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := Build(runner, Settings{Schema: testSchema, Regions: []string{"us-east-1", "us-west-2"}})
		_ = c.GroupByRegion(func(r *Resource) bool { return !r.Absent() })
	}
}

func BenchmarkBuild10k(b *testing.B)        { benchmarkBuild(b, 10000, 500) }
func BenchmarkBuild10kOneFile(b *testing.B) { benchmarkBuild(b, 10000, 0) }

// benchmarkParse times parsing the module's sources as the model does (on
// every core, the collector held as in a check), against one
// hclsyntax.ParseConfig per file, one file after another.
func benchmarkParse(b *testing.B, resources, perFile int) {
	runner := BenchConfig(b, resources, perFile).(*filesRunner)
	sources := map[string][]byte{}
	for name, f := range runner.files {
		sources[name] = f.Bytes
	}
	b.Run("model", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			release := holdCollector(sources)
			parseSources(sources)
			release()
		}
	})
	b.Run("whole-files", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for name, src := range sources {
				hclsyntax.ParseConfig(src, name, hcl.InitialPos)
			}
		}
	})
}

func BenchmarkParse10k(b *testing.B)        { benchmarkParse(b, 10000, 500) }
func BenchmarkParse10kOneFile(b *testing.B) { benchmarkParse(b, 10000, 0) }
