package model

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/parallel"
)

// readModule reads the module's files from the host in one call and decodes
// them here. Asking the host to decode instead (GetModuleContent) costs more,
// because every expression is then encoded, sent and re-parsed one by one.
// It also returns what evaluates the files' expressions on the host (nil:
// the runner's EvaluateExpr), and what releases the collector held for the
// check (gc_pacing.go).
func readModule(runner tflint.Runner, schema *Schema) ([]fileContent, *schemaNode, *hostEvaluator, map[string][]byte, func()) {
	files, sources, releaseCollector, err := hostFiles(runner)
	if err != nil {
		logger.Warn("awsbaseline: reading the module: " + err.Error())
	}
	decoded, resources := decodeFiles(files, schema)
	evaluator := newHostEvaluator(runner, sources)
	if sources == nil {
		sources = make(map[string][]byte, len(files))
		for name, f := range files {
			if f != nil {
				sources[name] = f.Bytes
			}
		}
	}
	return decoded, resources, evaluator, sources, releaseCollector
}

// decodeFiles decodes a module's files with the model's schema, in
// Terraform's load order: the resource types present decide which
// type-specific declarations are decoded.
func decodeFiles(files map[string]*hcl.File, schema *Schema) ([]fileContent, *schemaNode) {
	names := make([]string, 0, len(files))
	for name, f := range files {
		if f != nil && f.Body != nil {
			names = append(names, name)
		}
	}
	sortLoadOrder(names)
	var types []string
	for _, name := range names {
		labels, _ := decodeFile(files[name].Body, nil)
		types = append(types, blockTypes(labels.Blocks)...)
	}
	resource := schema.forTypes(types)
	// Files decode independently, on every core; the schema is only read.
	contents := make([]*hclext.BodyContent, len(names))
	diags := make([]hcl.Diagnostics, len(names))
	parallel.Each(len(names), func(i int) { contents[i], diags[i] = decodeFile(files[names[i]].Body, resource) })
	out := make([]fileContent, 0, len(names))
	for i, name := range names {
		if diags[i].HasErrors() {
			logger.Warn(fmt.Sprintf("awsbaseline: reading %s: %s", name, diags[i].Error()))
		}
		if contents[i] == nil {
			continue
		}
		out = append(out, fileContent{content: contents[i], override: isOverrideFile(name)})
	}
	return out, resource
}

// sortLoadOrder sorts file names in Terraform's load order: primary files,
// then override files, each by name.
func sortLoadOrder(names []string) {
	sort.Slice(names, func(i, j int) bool {
		oi, oj := isOverrideFile(names[i]), isOverrideFile(names[j])
		if oi != oj {
			return oj
		}
		return names[i] < names[j]
	})
}

// fileContent is the decoded content of one file.
type fileContent struct {
	content  *hclext.BodyContent
	override bool
}

// firstBlock returns the definition range of the block that comes first in file order.
func firstBlock(blocks hclext.Blocks) *hcl.Range {
	var first *hcl.Range
	for _, b := range blocks {
		r := b.DefRange
		if first == nil || r.Filename < first.Filename || r.Filename == first.Filename && r.Start.Byte < first.Start.Byte {
			first = &r
		}
	}
	return first
}

func isOverrideFile(name string) bool {
	base := filepath.Base(name)
	base = strings.TrimSuffix(strings.TrimSuffix(base, ".json"), ".tf")
	return base == "override" || strings.HasSuffix(base, "_override")
}

// load reads the top-level blocks, merging override files into the blocks they override.
func (m *Module) load(files []fileContent) {
	l := &blockLoader{
		resources: map[string]*Resource{}, data: map[string]*Resource{},
		providers: map[string]*Provider{}, calls: map[string]*ModuleCall{}, outputs: map[string]*Output{},
	}
	for _, f := range files {
		for _, blk := range f.content.Blocks {
			m.loadBlock(l, blk, f.override)
		}
		if fb := firstBlock(f.content.Blocks); fb != nil && !f.override {
			if m.FirstBlock == nil || fb.Filename < m.FirstBlock.Filename {
				m.FirstBlock = fb
			}
		}
	}
}

type blockLoader struct {
	resources, data map[string]*Resource
	providers       map[string]*Provider
	calls           map[string]*ModuleCall
	outputs         map[string]*Output
}

func (m *Module) loadBlock(l *blockLoader, blk *hclext.Block, override bool) {
	json := strings.HasSuffix(blk.DefRange.Filename, ".json")
	body := newBody(blk.Body, topLevel(blk.Type, m.resourceSchema), json)
	switch blk.Type {
	case "resource", "data":
		if len(blk.Labels) != 2 {
			return
		}
		set, list := l.resources, &m.Resources
		if blk.Type == "data" {
			set, list = l.data, &m.DataSources
		}
		key := blk.Labels[0] + "." + blk.Labels[1]
		if existing, ok := set[key]; ok && override {
			existing.Body.override(blk.Body)
			return
		}
		r := &Resource{Type: blk.Labels[0], Name: blk.Labels[1], Module: m, Body: body, DeclRange: blk.DefRange, Data: blk.Type == "data"}
		set[key] = r
		*list = append(*list, r)
	case "provider":
		if len(blk.Labels) != 1 || blk.Labels[0] != "aws" {
			return
		}
		alias := ""
		if a := body.Attr("alias"); a != nil {
			if v, diags := a.Expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
				alias = v.AsString()
			}
		}
		address := "aws"
		if alias != "" {
			address += "." + alias
		}
		if existing, ok := l.providers[address]; ok && override {
			existing.Block.Body.override(blk.Body)
			return
		}
		p := &Provider{Address: m.AddressPrefix() + address, Alias: alias, Module: m,
			Block: &Block{Type: "provider", Labels: blk.Labels, Body: body, DefRange: blk.DefRange, TypeRange: blk.TypeRange}}
		l.providers[address] = p
		m.Providers = append(m.Providers, p)
		m.providers[address] = p
	case "module":
		if len(blk.Labels) != 1 {
			return
		}
		if existing, ok := l.calls[blk.Labels[0]]; ok && override {
			existing.Body.override(blk.Body)
			return
		}
		call := &ModuleCall{Name: blk.Labels[0], Body: body, DeclRange: blk.DefRange, Parent: m}
		l.calls[call.Name] = call
		m.Calls = append(m.Calls, call)
	case "variable":
		if len(blk.Labels) != 1 {
			return
		}
		v := m.Variables[blk.Labels[0]]
		if v == nil || !override {
			v = &Variable{Name: blk.Labels[0], DeclRange: blk.DefRange}
			m.Variables[v.Name] = v
		}
		if d := body.Attr("default"); d != nil {
			v.Default = d.Expr
		}
		if t := body.Attr("type"); t != nil {
			v.Type = t.Expr
		}
		if n := body.Attr("nullable"); n != nil {
			nullable, diags := n.Expr.Value(nil)
			v.nonNullable = !diags.HasErrors() && nullable.Type() == cty.Bool && nullable.IsKnown() && nullable.False()
		}
	case "output":
		if len(blk.Labels) != 1 {
			return
		}
		o := l.outputs[blk.Labels[0]]
		if o == nil || !override {
			o = &Output{Name: blk.Labels[0], DeclRange: blk.DefRange}
			l.outputs[o.Name] = o
			m.Outputs = append(m.Outputs, o)
		}
		if v := body.Attr("value"); v != nil {
			o.Expr = v.Expr
		}
	case "locals":
		for name, a := range body.Attributes() {
			m.Locals[name] = a
		}
	case "terraform":
		b := &Block{Type: "terraform", Body: body, DefRange: blk.DefRange, TypeRange: blk.TypeRange}
		m.TerraformBlocks = append(m.TerraformBlocks, b)
		if len(body.Blocks("backend")) > 0 || len(body.Blocks("cloud")) > 0 {
			m.HasBackend = true
		}
		for _, backend := range body.Blocks("backend") {
			if len(backend.Labels) == 1 && backend.Labels[0] != "local" {
				m.HasRemoteState = true
			}
		}
		if len(body.Blocks("cloud")) > 0 {
			m.HasRemoteState = true
		}
		for _, rp := range body.Blocks("required_providers") {
			for _, a := range rp.Body.Attributes() {
				if expectsAliases(a.Expr) {
					m.ExpectsProviders = true
				}
			}
		}
	}
}

// expectsAliases reports whether a required_providers entry lists
// configuration aliases: an empty list declares none.
func expectsAliases(expr hcl.Expression) bool {
	pairs, diags := hcl.ExprMap(expr)
	if diags.HasErrors() {
		return false
	}
	for _, p := range pairs {
		key := hcl.ExprAsKeyword(p.Key)
		if k, d := p.Key.Value(nil); key == "" && !d.HasErrors() && k.Type() == cty.String {
			key = k.AsString()
		}
		if key != "configuration_aliases" {
			continue
		}
		aliases, diags := hcl.ExprList(p.Value)
		return diags.HasErrors() || len(aliases) > 0
	}
	return false
}
