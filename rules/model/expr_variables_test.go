package model

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// sameVariables fails unless variablesOf gives what Variables gives, in order.
func sameVariables(t *testing.T, expr hcl.Expression) {
	t.Helper()
	if got, want := variablesOf(expr), expr.Variables(); !reflect.DeepEqual(got, want) {
		t.Fatalf("variablesOf(%s) = %v, Variables = %v", expr.Range(), got, want)
	}
}

// everyExpression calls f for every attribute's expression in body, nested
// blocks included, and for every node inside them.
func everyExpression(body *hclsyntax.Body, f func(hcl.Expression)) {
	for _, attr := range body.Attributes {
		_ = hclsyntax.VisitAll(attr.Expr, func(n hclsyntax.Node) hcl.Diagnostics {
			if e, ok := n.(hclsyntax.Expression); ok {
				f(e)
			}
			return nil
		})
	}
	for _, blk := range body.Blocks {
		everyExpression(blk.Body, f)
	}
}

func TestVariablesOfIsVariablesOnFixtures(t *testing.T) {
	exprs := 0
	for _, root := range []string{"../testdata", "../../integration/testdata", "../../examples", "testdata"} {
		_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tf") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
			if diags.HasErrors() {
				return nil
			}
			everyExpression(f.Body.(*hclsyntax.Body), func(e hcl.Expression) {
				exprs++
				sameVariables(t, e)
			})
			return nil
		})
	}
	if exprs < 5000 {
		t.Fatalf("only %d expressions compared", exprs)
	}
}

func TestVariablesOfIsVariables(t *testing.T) {
	for _, src := range []string{
		`merge(local.common_tags, { Name = "web-${var.env}", (local.k) = 1, "x" = var.y, null = 1 })`,
		`a.b[c.d].e`, `f(x...)`, `x ? y : z`, `!a && -b.c > 1`, `(a).b`, `[a, {b = c}]`,
		`"%{ for x in xs }${x}${y}%{ endfor }"`, `{for k, v in m : k => v if v != z}`,
		`a[*].b`, `a.*.b`, `"${a}"`, `<<EOT
${a.b}
EOT
`, `{ (a) = b }`, `{ a.b = c }`, `{ true = 1, false = 2 }`,
	} {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "x.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %s", src, diags)
		}
		_ = hclsyntax.VisitAll(expr, func(n hclsyntax.Node) hcl.Diagnostics {
			if e, ok := n.(hclsyntax.Expression); ok {
				sameVariables(t, e)
			}
			return nil
		})
	}
}

func FuzzVariablesOf(f *testing.F) {
	f.Add(`merge(local.common_tags, { Name = "web-${var.env}" })`)
	f.Add(`[for k, v in m : "${k}-${v.a}" if v != local.z][*].x`)
	f.Add(`{ (a) = b, c.d = e, f = g ? h[i] : j(k...) }`)
	f.Fuzz(func(t *testing.T, src string) {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "x.tf", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		sameVariables(t, expr)
	})
}
