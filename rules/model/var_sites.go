package model

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

// hostVar asks the host for a variable's value by evaluating one real
// occurrence of `var.<name>` in the module's files: the host resolves tfvars,
// --var and the caller's arguments, which the plugin cannot see.
func (m *Module) hostVar(name string) (val cty.Value) {
	site := m.varSite(name)
	if site == nil {
		return cty.DynamicVal
	}
	defer func() {
		if r := recover(); r != nil {
			logger.Warn(fmt.Sprintf("awsbaseline: evaluating var.%s: %v", name, r))
			val = cty.DynamicVal
		}
	}()
	v, ok := m.hostEval.value(site)
	if !ok {
		err := m.host.EvaluateExpr(site, &v, &tflint.EvaluateExprOption{WantType: &cty.DynamicPseudoType})
		if err != nil || v == cty.NilVal {
			return cty.DynamicVal
		}
	}
	v, _ = v.UnmarkDeep()
	return v
}

// varSite finds, for a variable, a `var.<name>` occurrence in native syntax,
// preferring small files: the host sends the whole file for each evaluation.
// Files are scanned smallest first (sizes estimated from block ranges), and
// only until an occurrence is found.
func (m *Module) varSite(name string) hcl.Expression {
	idx := varSites.of(&m.config.memo, m, func() *varSiteIndex { return newVarSiteIndex(m) })
	idx.mu.Lock()
	defer idx.mu.Unlock()
	return idx.find(name)
}

var varSites = &analysis[*varSiteIndex]{name: "variable sites"}

// varSiteIndex scans a module's files for variable occurrences as they are
// asked for; mu guards the scan.
type varSiteIndex struct {
	mu      sync.Mutex
	files   []string
	bodies  map[string][]*Body
	attrs   map[string][]*hcl.Attribute
	scanned int
	found   map[string]hcl.Expression
}

func newVarSiteIndex(m *Module) *varSiteIndex {
	idx := &varSiteIndex{bodies: map[string][]*Body{}, attrs: map[string][]*hcl.Attribute{}, found: map[string]hcl.Expression{}}
	sizes := map[string]int{}
	note := func(r hcl.Range) {
		if r.End.Byte >= sizes[r.Filename] {
			sizes[r.Filename] = r.End.Byte + 1
		}
	}
	// A body is filed under its block's file and under the override files
	// whose attributes it merged, where a variable may occur only there.
	addBody := func(r hcl.Range, b *Body) {
		note(r)
		files := map[string]bool{r.Filename: true}
		for i, layer := range b.layers {
			if i == 0 {
				continue
			}
			_ = layer.WalkAttributes(func(a *hclext.Attribute) hcl.Diagnostics {
				note(a.Range)
				files[a.Range.Filename] = true
				return nil
			})
		}
		for _, f := range SortedKeys(files) {
			idx.bodies[f] = append(idx.bodies[f], b)
		}
	}
	for _, list := range [][]*Resource{m.Resources, m.DataSources} {
		for _, r := range list {
			addBody(r.DeclRange, r.Body)
		}
	}
	for _, p := range m.Providers {
		addBody(p.Block.DefRange, p.Block.Body)
	}
	for _, c := range m.Calls {
		addBody(c.DeclRange, c.Body)
	}
	for _, name := range SortedKeys(m.Locals) {
		a := m.Locals[name]
		note(a.Range)
		idx.attrs[a.Range.Filename] = append(idx.attrs[a.Range.Filename], a)
	}
	for _, o := range m.Outputs {
		if o.Expr != nil {
			note(o.DeclRange)
			idx.attrs[o.DeclRange.Filename] = append(idx.attrs[o.DeclRange.Filename], &hcl.Attribute{Name: "value", Expr: o.Expr, Range: o.Expr.Range()})
		}
	}
	for f := range sizes {
		idx.files = append(idx.files, f)
	}
	sort.Slice(idx.files, func(i, j int) bool {
		a, b := idx.files[i], idx.files[j]
		return sizes[a] < sizes[b] || sizes[a] == sizes[b] && a < b
	})
	return idx
}

// recordJSONSite records a JSON expression that is exactly "${var.<name>}":
// the host evaluates it to the variable's value. A part of a JSON string
// cannot be sent on its own.
func recordJSONSite(found map[string]hcl.Expression, expr hcl.Expression) {
	vars := expr.Variables()
	if len(vars) != 1 || len(vars[0]) != 2 || vars[0].RootName() != "var" {
		return
	}
	attr, ok := vars[0][1].(hcl.TraverseAttr)
	if !ok || found[attr.Name] != nil {
		return
	}
	probe := cty.StringVal("\x00awsbaseline-probe")
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{"var": cty.ObjectVal(map[string]cty.Value{attr.Name: probe})}}
	if v, diags := expr.Value(ctx); !diags.HasErrors() && v.RawEquals(probe) {
		found[attr.Name] = expr
	}
}

func (idx *varSiteIndex) find(name string) hcl.Expression {
	for idx.found[name] == nil && idx.scanned < len(idx.files) {
		file := idx.files[idx.scanned]
		idx.scanned++
		json := strings.HasSuffix(file, ".json")
		record := func(expr hcl.Expression) {
			if json {
				recordJSONSite(idx.found, expr)
				return
			}
			for _, tr := range expr.Variables() {
				if len(tr) < 2 || tr.RootName() != "var" {
					continue
				}
				attr, ok := tr[1].(hcl.TraverseAttr)
				if !ok || idx.found[attr.Name] != nil {
					continue
				}
				prefix := tr[:2]
				idx.found[attr.Name] = &hclsyntax.ScopeTraversalExpr{Traversal: prefix, SrcRange: hcl.RangeBetween(prefix[0].SourceRange(), prefix[1].SourceRange())}
			}
		}
		for _, b := range idx.bodies[file] {
			for _, layer := range b.layers {
				_ = layer.WalkAttributes(func(a *hclext.Attribute) hcl.Diagnostics {
					if a.Range.Filename == file {
						record(a.Expr)
					}
					return nil
				})
			}
		}
		for _, a := range idx.attrs[file] {
			record(a.Expr)
		}
	}
	return idx.found[name]
}
