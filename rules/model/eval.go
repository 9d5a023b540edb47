package model

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// Eval evaluates an expression in the module's scope. Variables of the module
// under check come from the host (so tfvars and --var apply), each fetched
// once; variables of called modules come from the caller's arguments or their
// defaults; locals are evaluated here. Anything else (resource attributes,
// data sources, module outputs, count.index, each.*) is unknown, and so is
// anything that fails to evaluate; terraform.workspace is the workspace
// TFLint sees. The result carries no marks.
func (m *Module) Eval(expr hcl.Expression, inst *Resource) (val cty.Value) {
	return m.EvalWith(expr, inst, nil)
}

// EvalWith is Eval with extra root names bound, such as a dynamic block's
// iterator; they take precedence over everything else.
func (m *Module) EvalWith(expr hcl.Expression, inst *Resource, extra map[string]cty.Value) (val cty.Value) {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	defer func() {
		if r := recover(); r != nil {
			logger.Warn(fmt.Sprintf("awsbaseline: evaluating %s: %v", expr.Range(), r))
			val = cty.DynamicVal
		}
	}()
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{}, Functions: functions}
	vars := map[string]cty.Value{}
	locals := map[string]cty.Value{}
	for _, tr := range expr.Variables() {
		root := tr.RootName()
		if v, ok := extra[root]; ok {
			ctx.Variables[root] = v
			continue
		}
		name := ""
		if len(tr) > 1 {
			if a, ok := tr[1].(hcl.TraverseAttr); ok {
				name = a.Name
			}
		}
		switch root {
		case "var":
			if name != "" {
				vars[name] = m.varValue(name)
			}
		case "local":
			if name != "" {
				locals[name] = m.localValue(name)
			}
		case "count":
			ctx.Variables[root] = cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})
		case "each":
			ctx.Variables[root] = cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})
		case "terraform":
			ctx.Variables[root] = cty.ObjectVal(map[string]cty.Value{"workspace": m.config.workspace})
		default:
			ctx.Variables[root] = cty.DynamicVal
		}
	}
	if len(vars) > 0 {
		ctx.Variables["var"] = cty.ObjectVal(vars)
	}
	if len(locals) > 0 {
		ctx.Variables["local"] = cty.ObjectVal(locals)
	}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return cty.DynamicVal
	}
	v, _ = v.UnmarkDeep()
	return v
}

// EvalString returns an expression's value when it is a known, non-null string.
func (m *Module) EvalString(expr hcl.Expression, inst *Resource) (string, bool) {
	v := m.Eval(expr, inst)
	if !v.IsKnown() || v.IsNull() {
		return "", false
	}
	if v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// EvalBool returns an expression's value when it is a known bool (or a string "true"/"false").
func (m *Module) EvalBool(expr hcl.Expression, inst *Resource) (bool, bool) {
	v := m.Eval(expr, inst)
	if !v.IsKnown() || v.IsNull() {
		return false, false
	}
	switch v.Type() {
	case cty.Bool:
		return v.True(), true
	case cty.String:
		switch v.AsString() {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return false, false
}

func (m *Module) localValue(name string) cty.Value {
	return m.memoized(m.locals, "local."+name, name, func() cty.Value {
		attr := m.Locals[name]
		if attr == nil {
			return cty.DynamicVal
		}
		return m.Eval(attr.Expr, nil)
	})
}

func (m *Module) varValue(name string) cty.Value {
	return m.memoized(m.vars, "var."+name, name, func() cty.Value { return m.computeVar(name) })
}

// memoized computes a value once per module; a value that depends on itself
// (a cycle Terraform rejects) is unknown.
func (m *Module) memoized(cache map[string]cty.Value, address, name string, compute func() cty.Value) cty.Value {
	c := m.config
	c.mu.Lock()
	if v, ok := cache[name]; ok {
		c.mu.Unlock()
		return v
	}
	if m.evaluating[address] {
		c.mu.Unlock()
		return cty.DynamicVal
	}
	m.evaluating[address] = true
	c.mu.Unlock()

	v := compute()

	c.mu.Lock()
	delete(m.evaluating, address)
	cache[name] = v
	c.mu.Unlock()
	return v
}

func (m *Module) computeVar(name string) cty.Value {
	decl := m.Variables[name]
	if decl == nil {
		return cty.DynamicVal
	}
	if m.host != nil {
		// TFLint converts a root variable to its type; the SDK's test
		// runner does not, and nothing is lost by converting twice.
		return typed(decl, m.hostVar(name))
	}
	v := cty.DynamicVal
	arg := m.callArgument(name)
	if arg != nil {
		v = m.Call.Parent.Eval(arg.Expr, nil)
	}
	// A null passed for a variable that is not nullable takes its default.
	useDefault := arg == nil || decl.nonNullable && v.IsKnown() && v.IsNull()
	if useDefault && decl.Default != nil {
		if d, diags := decl.Default.Value(nil); !diags.HasErrors() {
			v = d
		}
	}
	return typed(decl, v)
}

func (m *Module) callArgument(name string) *hcl.Attribute {
	if m.Call == nil {
		return nil
	}
	return m.Call.Body.Attr(name)
}

// typed applies a variable's type constraint as Terraform does: optional
// attribute defaults first, then conversion. A value that does not convert is unknown.
func typed(decl *Variable, v cty.Value) cty.Value {
	if decl.Type == nil || v.IsNull() {
		return v
	}
	ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(decl.Type)
	if diags.HasErrors() {
		return v
	}
	if defaults != nil {
		v = defaults.Apply(v)
	}
	converted, err := convert.Convert(v, ty)
	if err != nil {
		return cty.DynamicVal
	}
	return converted
}

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
	var v cty.Value
	err := m.host.EvaluateExpr(site, &v, &tflint.EvaluateExprOption{WantType: &cty.DynamicPseudoType})
	if err != nil || v == cty.NilVal {
		return cty.DynamicVal
	}
	v, _ = v.UnmarkDeep()
	return v
}

// varSite finds, for a variable, a `var.<name>` occurrence in native syntax,
// preferring small files: the host sends the whole file for each evaluation.
// Files are scanned smallest first (sizes estimated from block ranges), and
// only until an occurrence is found.
func (m *Module) varSite(name string) hcl.Expression {
	m.config.mu.Lock()
	defer m.config.mu.Unlock()
	if m.sites == nil {
		m.sites = newVarSiteIndex(m)
	}
	return m.sites.find(name)
}

type varSiteIndex struct {
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
