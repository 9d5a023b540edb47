// Package model is the configuration model every rule of the ruleset reads:
// providers and their regions, managed resources with their effective region,
// module calls with the modules they load, outputs, variables and locals, and
// the references between them. It is built once per module check from the
// files the host sends in one call, and evaluates locally what needs no host.
package model

import (
	"fmt"
	"path/filepath"
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

// Settings are the plugin-block settings that shape the model's judgements.
type Settings struct {
	// Regions are the regions the configuration must deploy to.
	Regions []string
	// Fix is set when tflint applies fixes (--fix), which change the files between rules.
	Fix bool
}

// Config is the model of one module check: the module TFLint is checking and,
// when that module is the root, every module it calls that can be read from disk.
type Config struct {
	// Module is the module under check.
	Module *Module
	// IsRoot is true when TFLint is checking the root module, not a module call.
	IsRoot bool
	// IsConfigurationRoot is true for a root module that is a deployable
	// configuration: it declares a provider "aws" block or a backend.
	IsConfigurationRoot bool
	// CallPrefix is the address prefix of the module call under check
	// ("module.app."), empty for the root. TFLint reports a called module's
	// issues at its caller, where the resource must be named in full.
	CallPrefix string
	Settings   Settings

	// workspace is terraform.workspace, unknown when it cannot be told.
	workspace cty.Value

	// mu guards the evaluation caches of every module of this config.
	mu            sync.Mutex
	regionsOnce   sync.Once
	regions       []*DeploymentRegion
	globalOnce    sync.Once
	globalServing map[*Resource]bool
	byTypeOnce    sync.Once
	byType        map[string][]*Resource
	opaqueOnce    sync.Once
	opaque        bool
}

// HandedOn returns the resources that the module's outputs, module call
// arguments and locals refer to: users the module hands them to.
func (m *Module) HandedOn() map[*Resource]bool {
	m.handedOnce.Do(func() {
		m.handedOn = map[*Resource]bool{}
		var exprs []hcl.Expression
		for _, o := range m.Outputs {
			exprs = append(exprs, o.Expr)
		}
		for _, call := range m.Calls {
			for _, a := range call.Body.Attributes() {
				exprs = append(exprs, a.Expr)
			}
		}
		for _, a := range m.Locals {
			exprs = append(exprs, a.Expr)
		}
		for _, expr := range exprs {
			refs, _ := m.References(expr)
			for _, ref := range refs {
				m.handedOn[ref.Resource] = true
			}
		}
	})
	return m.handedOn
}

// Config is the configuration the module belongs to.
func (m *Module) Config() *Config { return m.config }

// ResourcesOfType returns the existing managed resources of a type, in the
// module under check and every readable module it calls. Only resources of
// that type are asked whether they exist: that may need the host.
func (c *Config) ResourcesOfType(resourceType string) []*Resource {
	c.byTypeOnce.Do(func() {
		c.byType = map[string][]*Resource{}
		c.Module.Walk(func(m *Module) {
			for _, r := range m.Resources {
				c.byType[r.Type] = append(c.byType[r.Type], r)
			}
		})
	})
	var out []*Resource
	for _, r := range c.byType[resourceType] {
		if !r.Absent() {
			out = append(out, r)
		}
	}
	return out
}

// Module is one module: the module under check or a module loaded for a call.
type Module struct {
	// Dir is the module's directory as it appears in file names of ranges.
	Dir    string
	absDir string
	// Call is the module call that loaded this module; nil for the module under check.
	Call   *ModuleCall
	config *Config

	Providers       []*Provider
	Resources       []*Resource
	DataSources     []*Resource
	Calls           []*ModuleCall
	Outputs         []*Output
	Variables       map[string]*Variable
	Locals          map[string]*hcl.Attribute
	TerraformBlocks []*Block
	HasBackend      bool
	// ExpectsProviders is set when required_providers declares
	// configuration_aliases: the module is written to be called.
	ExpectsProviders bool
	// FirstBlock is the definition range of the first block of the first file.
	FirstBlock *hcl.Range

	// providers maps a provider address of this module ("aws", "aws.west")
	// to the configuration in effect for it.
	providers  map[string]*Provider
	host       tflint.Runner
	vars       map[string]cty.Value
	locals     map[string]cty.Value
	evaluating map[string]bool
	// localInputs memoizes, per local, whether it depends on input variables.
	localInputs map[string]bool
	handedOnce  sync.Once
	handedOn    map[*Resource]bool
	sites       *varSiteIndex
	indexOnce   sync.Once
	// resourceSchema is the schema resource bodies were decoded with.
	resourceSchema *schemaNode
	byAddress      map[string]*Resource
}

// Provider is a provider "aws" configuration.
type Provider struct {
	// Address is "aws" or "aws.<alias>", prefixed with "module.<name>." for a
	// provider block declared inside a called module.
	Address string
	Alias   string
	Module  *Module
	// Block is nil for the implicit default configuration of a module that declares none.
	Block       *Block
	RegionAttr  *hcl.Attribute
	Region      Region
	DefaultTags cty.Value
}

// Resource is a managed resource or a data source.
type Resource struct {
	Type      string
	Name      string
	Module    *Module
	Body      *Body
	DeclRange hcl.Range
	// Provider is the configuration the resource uses; nil for non-AWS types.
	Provider *Provider
	// RegionAttr is the resource's own region argument (AWS provider v6).
	RegionAttr *hcl.Attribute
	// Region is the effective region: RegionAttr when set, else the provider's.
	Region Region
	// InstanceRegions place the instances of a resource whose region
	// argument varies by instance (`region = each.key` over a known
	// for_each), in instance order; nil otherwise.
	InstanceRegions []InstanceRegion
	absentOnce      sync.Once
	absent          bool
	// Expanded is true when count or for_each is set.
	Expanded bool
	// Data is true for a data source.
	Data bool
}

// ModuleCall is a module block.
type ModuleCall struct {
	Name      string
	Source    string
	Body      *Body
	DeclRange hcl.Range
	Parent    *Module
	// Module is nil when the called module cannot be read (opaque).
	Module *Module
	Absent bool
	// Expanded is true when count or for_each is set.
	Expanded bool
	// providerMap maps child provider addresses to the caller's.
	providerMap map[string]string
}

// Output is an output block.
type Output struct {
	Name      string
	Expr      hcl.Expression
	DeclRange hcl.Range
}

// Variable is a variable block.
type Variable struct {
	Name      string
	Default   hcl.Expression
	Type      hcl.Expression
	DeclRange hcl.Range
	// nonNullable is set by `nullable = false`.
	nonNullable bool
}

// Region identifies an AWS region. A known region has a Name. A region that
// cannot be evaluated is identified by the provider configuration that sets
// it; one that cannot be identified at all has neither.
type Region struct {
	Name     string
	Provider string
	// source identifies an unknown region by where it comes from: providers
	// whose region is the same reference, or that all take it from the
	// environment, are in one region whatever its name.
	source string
}

// Known reports whether the region's name is known.
func (r Region) Known() bool { return r.Name != "" }

// Identified reports whether the region can be told apart from others.
func (r Region) Identified() bool { return r.Name != "" || r.Provider != "" }

// Key is a comparable identity: the name, or the provider address.
func (r Region) Key() string {
	if r.Name != "" {
		return r.Name
	}
	if r.source != "" {
		return "source " + r.source
	}
	return "provider " + r.Provider
}

// String names the region for messages.
func (r Region) String() string {
	if r.Name != "" {
		return r.Name
	}
	if r.Provider != "" {
		return "the region of provider " + r.Provider
	}
	return "an unknown region"
}

// Address is the resource address as Terraform writes it, with module path.
func (r *Resource) Address() string {
	addr := r.Type + "." + r.Name
	if r.Data {
		addr = "data." + addr
	}
	if r.Module != nil {
		addr = r.Module.AddressPrefix() + addr
	}
	return addr
}

// Absent reports whether count or for_each is known to create no instance.
// It is evaluated on first use: the values it needs may cost a host call each.
func (r *Resource) Absent() bool {
	r.absentOnce.Do(func() { r.absent = r.Module.createsNothing(r.Body) })
	return r.absent
}

// InCheckedModule reports whether the resource belongs to the module under check.
func (r *Resource) InCheckedModule() bool { return r.Module != nil && r.Module.Call == nil }

// ReportRange is where a finding about the resource can be reported in the
// module under check: its own block, or the module block that leads to it.
func (r *Resource) ReportRange() hcl.Range {
	if r.Module == nil {
		return r.DeclRange
	}
	return r.Module.ReportRange(r.DeclRange)
}

// AddressPrefix is the module path of addresses in this module:
// "module.a.module.b." for a module the root calls through a, "" for the
// root. When TFLint checks a module call, the path starts with that call's.
func (m *Module) AddressPrefix() string {
	prefix := ""
	for mod := m; mod != nil && mod.Call != nil; mod = mod.Call.Parent {
		prefix = "module." + mod.Call.Name + "." + prefix
	}
	return m.config.CallPrefix + prefix
}

// ReportRange maps a range inside this module to the module under check: the
// range itself there, else the top-level module block that leads here.
func (m *Module) ReportRange(inner hcl.Range) hcl.Range {
	if m.Call == nil {
		return inner
	}
	mod := m
	for mod.Call.Parent.Call != nil {
		mod = mod.Call.Parent
	}
	return mod.Call.DeclRange
}

// Provider returns the provider configuration in effect for an address of this module.
func (m *Module) Provider(address string) *Provider { return m.providers[address] }

// Resource finds a managed resource of this module.
func (m *Module) Resource(resourceType, name string) *Resource {
	m.indexOnce.Do(m.index)
	return m.byAddress[resourceType+"."+name]
}

// DataSource finds a data source of this module.
func (m *Module) DataSource(dataType, name string) *Resource {
	m.indexOnce.Do(m.index)
	return m.byAddress["data."+dataType+"."+name]
}

func (m *Module) index() {
	m.byAddress = make(map[string]*Resource, len(m.Resources)+len(m.DataSources))
	for _, r := range m.Resources {
		m.byAddress[r.Type+"."+r.Name] = r
	}
	for _, r := range m.DataSources {
		m.byAddress["data."+r.Type+"."+r.Name] = r
	}
}

// ResourcesOf returns the module's managed resources of a type that exist.
func (m *Module) ResourcesOf(resourceType string) []*Resource {
	var out []*Resource
	for _, r := range m.Resources {
		if r.Type == resourceType && !r.Absent() {
			out = append(out, r)
		}
	}
	return out
}

// Walk visits this module and every readable called module, depth first.
func (m *Module) Walk(visit func(*Module)) {
	visit(m)
	for _, call := range m.Calls {
		if call.Module != nil && !call.Absent {
			call.Module.Walk(visit)
		}
	}
}

// AllResources returns the existing managed resources of this module and of
// every readable module it calls.
func (c *Config) AllResources() []*Resource {
	var out []*Resource
	c.Module.Walk(func(m *Module) {
		for _, r := range m.Resources {
			if !r.Absent() {
				out = append(out, r)
			}
		}
	})
	return out
}

// HasOpaqueModules reports whether some called module could not be read.
func (c *Config) HasOpaqueModules() bool {
	c.opaqueOnce.Do(func() {
		c.Module.Walk(func(m *Module) {
			for _, call := range m.Calls {
				if call.Module == nil && !call.Absent {
					c.opaque = true
				}
			}
		})
	})
	return c.opaque
}

// Build reads the module under check from the host, in one call, and the
// modules it calls from disk. It never fails: what cannot be read is left out
// and logged.
func Build(runner tflint.Runner, settings Settings) *Config {
	cfg := &Config{Settings: settings}
	files, resources := readModule(runner)
	path, err := runner.GetModulePath()
	cfg.IsRoot = err == nil && path.IsRoot()
	if err == nil {
		for _, name := range path {
			cfg.CallPrefix += "module." + name + "."
		}
	}
	wd, _ := runner.GetOriginalwd()

	dir := "."
	for _, f := range files {
		if first := firstBlock(f.content.Blocks); first != nil {
			dir = filepath.Dir(first.Filename)
			break
		}
	}
	absDir := dir
	if !filepath.IsAbs(dir) {
		absDir = filepath.Join(wd, dir)
	}
	cfg.workspace = currentWorkspace(cfg.IsRoot, absDir)
	mod := newModule(cfg, dir, absDir, nil)
	mod.host = runner
	mod.resourceSchema = resources
	mod.load(files)
	cfg.Module = mod
	mod.bindProviders()
	if cfg.IsRoot {
		loader := &moduleLoader{rootAbsDir: mod.absDir, rootDir: dir}
		rootReal := mod.absDir
		if real, err := filepath.EvalSymlinks(rootReal); err == nil {
			rootReal = real
		}
		loader.loadCalls(mod, map[string]bool{rootReal: true}, 0)
	}
	mod.Walk(func(m *Module) { m.resolveResources() })
	cfg.IsConfigurationRoot = cfg.IsRoot && (mod.configuresProvider() || mod.HasBackend) && !mod.ExpectsProviders
	return cfg
}

// configuresProvider reports whether the module has a provider "aws" block
// that configures something. A module whose blocks only name aliases declares
// the configurations its caller must pass (the form that preceded
// configuration_aliases); a root would give them a region or credentials.
func (m *Module) configuresProvider() bool {
	for _, p := range m.Providers {
		if p.Alias == "" || p.configuresSomething() || m.passesToCalls(p) {
			return true
		}
	}
	return false
}

// passesToCalls reports whether a call of a module outside the directory
// (`source = "../.."`) gets the configuration in its providers map: what an
// example does with its aliases when it calls the module it shows. A module
// declaring proxies hands them to its own `./modules` the same way.
func (m *Module) passesToCalls(p *Provider) bool {
	for _, call := range m.Calls {
		if !strings.HasPrefix(call.Source, "../") {
			continue
		}
		for _, passed := range providerMap(call.Body) {
			if m.AddressPrefix()+passed == p.Address {
				return true
			}
		}
	}
	return false
}

// configuresSomething reports whether a provider block sets a region, an
// account or credentials, endpoints or default tags. A block that sets none
// only declares a configuration: in a called module, a proxy its caller fills.
func (p *Provider) configuresSomething() bool {
	if p.Block == nil {
		return false
	}
	body := p.Block.Body
	if body.Has("region") {
		return true
	}
	for _, a := range providerSettings {
		if body.Has(a) {
			return true
		}
	}
	for _, b := range []string{"default_tags", "assume_role", "assume_role_with_web_identity", "endpoints"} {
		if len(body.AllBlocks(b)) > 0 {
			return true
		}
	}
	return false
}

func newModule(cfg *Config, dir, absDir string, call *ModuleCall) *Module {
	return &Module{
		Dir: dir, absDir: absDir, Call: call, config: cfg,
		Variables: map[string]*Variable{}, Locals: map[string]*hcl.Attribute{},
		providers: map[string]*Provider{}, vars: map[string]cty.Value{}, localInputs: map[string]bool{},
		locals: map[string]cty.Value{}, evaluating: map[string]bool{},
	}
}

// readModule reads the module's files from the host in one call and decodes
// them here. Asking the host to decode instead (GetModuleContent) costs more,
// because every expression is then encoded, sent and re-parsed one by one.
func readModule(runner tflint.Runner) ([]fileContent, *schemaNode) {
	files, err := runner.GetFiles()
	if err != nil {
		logger.Warn("awsbaseline: reading the module: " + err.Error())
	}
	return decodeFiles(files)
}

// decodeFiles decodes a module's files with the model's schema, in
// Terraform's load order: the resource types present decide which
// type-specific declarations are decoded.
func decodeFiles(files map[string]*hcl.File) ([]fileContent, *schemaNode) {
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
	resource := resourceSchemaFor(types)
	out := make([]fileContent, 0, len(names))
	for _, name := range names {
		content, diags := decodeFile(files[name].Body, resource)
		if diags.HasErrors() {
			logger.Warn(fmt.Sprintf("awsbaseline: reading %s: %s", name, diags.Error()))
		}
		if content == nil {
			continue
		}
		out = append(out, fileContent{content: content, override: isOverrideFile(name)})
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

// AbsDir is the module's directory on disk.
func (m *Module) AbsDir() string { return m.absDir }

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
		for _, rp := range body.Blocks("required_providers") {
			for _, a := range rp.Body.Attributes() {
				if expectsAliases(a.Expr) {
					m.ExpectsProviders = true
				}
			}
		}
	}
}

// expectsAliases reports whether a required_providers entry lists configuration_aliases.
func expectsAliases(expr hcl.Expression) bool {
	pairs, diags := hcl.ExprMap(expr)
	if diags.HasErrors() {
		return false
	}
	for _, p := range pairs {
		if hcl.ExprAsKeyword(p.Key) == "configuration_aliases" {
			return true
		}
		if k, d := p.Key.Value(nil); !d.HasErrors() && k.Type() == cty.String && k.AsString() == "configuration_aliases" {
			return true
		}
	}
	return false
}

// bindProviders evaluates the module's own provider blocks and adds the
// implicit default configuration when the module declares none.
func (m *Module) bindProviders() {
	for _, p := range m.Providers {
		p.RegionAttr = p.Block.Body.Attr("region")
		source, traced := "environment", true
		if p.RegionAttr != nil && !IsKnownNull(m.Eval(p.RegionAttr.Expr, nil)) {
			source, traced = regionSource(m, p.RegionAttr.Expr, 0)
		}
		p.Region = Region{Provider: p.Address, source: source}
		if !traced && m.Call != nil {
			// A called module's provider whose region comes from something
			// the caller does not pass along as a reference: no identity.
			p.Region = Region{}
		}
		if p.RegionAttr != nil {
			if name, ok := m.EvalString(p.RegionAttr.Expr, nil); ok && name != "" {
				p.Region = Region{Name: name}
			}
		}
		p.DefaultTags = cty.NullVal(cty.DynamicPseudoType)
		for _, dt := range p.Block.Body.Blocks("default_tags") {
			if tags := dt.Body.Attr("tags"); tags != nil {
				p.DefaultTags = m.Eval(tags.Expr, nil)
			}
		}
	}
	if m.providers["aws"] == nil {
		p := &Provider{Address: m.AddressPrefix() + "aws", Module: m, DefaultTags: cty.NullVal(cty.DynamicPseudoType)}
		p.Region = Region{Provider: p.Address}
		m.providers["aws"] = p
	}
}

// regionSource says where an unknown provider region comes from: the
// reference the region argument is (also wrapped in a template or given a
// local name), followed through the variables of called modules to the
// caller's reference. Other expressions are not compared.
func regionSource(m *Module, expr hcl.Expression, depth int) (string, bool) {
	if wrap, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		expr = wrap.Wrapped
	}
	name := TraversalName(expr)
	if name == "" || depth > maxRefDepth {
		return "", false
	}
	if local, ok := strings.CutPrefix(name, "local."); ok && !strings.Contains(local, ".") {
		if attr := m.Locals[local]; attr != nil {
			if source, traced := regionSource(m, attr.Expr, depth+1); traced {
				return source, true
			}
		}
	}
	if variable, ok := strings.CutPrefix(name, "var."); ok && m.Call != nil && !strings.Contains(variable, ".") {
		if arg := m.Call.Body.Attr(variable); arg != nil {
			return regionSource(m.Call.Parent, arg.Expr, depth+1)
		}
		return "", false
	}
	return m.AddressPrefix() + name, true
}

// resolveResources sets each resource's provider, effective region and existence.
func (m *Module) resolveResources() {
	for _, call := range m.Calls {
		call.Expanded = call.Body.Has("count") || call.Body.Has("for_each")
	}
	for _, list := range [][]*Resource{m.Resources, m.DataSources} {
		for _, r := range list {
			r.Expanded = r.Body.Has("count") || r.Body.Has("for_each")
			if !strings.HasPrefix(r.Type, "aws_") {
				continue
			}
			address := "aws"
			if pa := r.Body.Attr("provider"); pa != nil {
				if a := ProviderAddress(pa.Expr); a != "" {
					address = a
				}
			}
			// A configuration the model cannot resolve (an alias the caller
			// did not pass) leaves the region unidentified.
			r.Provider = m.providers[address]
			if r.Provider != nil {
				r.Region = r.Provider.Region
			}
			if ra := r.Body.Attr("region"); ra != nil {
				r.RegionAttr = ra
				// A null region (the usual default of a module's region
				// variable) leaves the provider's region in effect.
				providerRegion := r.Region
				switch v := m.Eval(ra.Expr, r); {
				case v.IsKnown() && v.IsNull():
				case v.IsKnown() && v.Type() == cty.String && v.AsString() != "":
					r.Region = Region{Name: v.AsString()}
				default:
					r.Region = Region{}
					r.InstanceRegions = m.instanceRegions(r, providerRegion)
				}
			}
		}
	}
}

// InstanceRegion is the region of one instance of a resource.
type InstanceRegion struct {
	Key    string
	Region Region
}

// instanceRegions evaluates a region argument that depends on count or each
// for every instance; nil when there are none or some instance's region is
// not known.
func (m *Module) instanceRegions(r *Resource, providerRegion Region) []InstanceRegion {
	if !RefersTo(r.RegionAttr.Expr, "each", "count") {
		return nil
	}
	var placed []InstanceRegion
	for _, inst := range r.Instances() {
		region := providerRegion
		switch v := m.EvalWith(r.RegionAttr.Expr, r, inst.Vars); {
		case v.IsKnown() && v.IsNull():
		case v.IsKnown() && v.Type() == cty.String && v.AsString() != "":
			region = Region{Name: v.AsString()}
		default:
			return nil
		}
		placed = append(placed, InstanceRegion{Key: inst.Key, Region: region})
	}
	return placed
}

// Regions are the regions the resource's instances are placed in: its
// region when it is identified, else the distinct regions of its instances
// when they all are; none when they cannot be told.
func (r *Resource) Regions() []Region {
	if r.Region.Identified() {
		return []Region{r.Region}
	}
	seen := map[string]bool{}
	var out []Region
	for _, inst := range r.InstanceRegions {
		region := inst.Region
		if !region.Identified() {
			return nil
		}
		if !seen[region.Key()] {
			seen[region.Key()] = true
			out = append(out, region)
		}
	}
	return out
}

// TraversalName is the dotted name of an expression that is a plain
// reference (`var.region`, `aws.west`), or "".
func TraversalName(expr hcl.Expression) string {
	tr, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() {
		return ""
	}
	parts := make([]string, 0, len(tr))
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			parts = append(parts, s.Name)
		case hcl.TraverseAttr:
			parts = append(parts, s.Name)
		default:
			return ""
		}
	}
	return strings.Join(parts, ".")
}

// ProviderAddress reads `aws.west` from a provider argument, also in its JSON string form.
func ProviderAddress(expr hcl.Expression) string {
	if name := TraversalName(expr); name != "" {
		return name
	}
	if v, diags := expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
		return v.AsString()
	}
	return ""
}

// SurelyExists reports whether the resource certainly has an instance: its
// count or for_each, and those of the module calls leading to it, are known
// and create at least one.
func (r *Resource) SurelyExists() bool {
	if !r.Module.createsSome(r.Body) {
		return false
	}
	for m := r.Module; m.Call != nil; m = m.Call.Parent {
		if !m.Call.Parent.createsSome(m.Call.Body) {
			return false
		}
	}
	return true
}

// createsSome reports whether count or for_each is known to create at least one instance.
func (m *Module) createsSome(body *Body) bool {
	if c := body.Attr("count"); c != nil {
		v := m.Eval(c.Expr, nil)
		return v.IsKnown() && !v.IsNull() && v.Type() == cty.Number && v.GreaterThan(cty.Zero).True()
	}
	if fe := body.Attr("for_each"); fe != nil {
		v := m.Eval(fe.Expr, nil)
		return v.IsKnown() && !v.IsNull() && v.CanIterateElements() && v.LengthInt() > 0
	}
	return true
}

// createsNothing reports whether count or for_each is known to create no instance.
func (m *Module) createsNothing(body *Body) bool {
	if c := body.Attr("count"); c != nil {
		v := m.Eval(c.Expr, nil)
		if v.IsKnown() && !v.IsNull() && v.Type() == cty.Number {
			return v.Equals(cty.Zero).True()
		}
		return false
	}
	if fe := body.Attr("for_each"); fe != nil {
		v := m.Eval(fe.Expr, nil)
		if v.IsKnown() && !v.IsNull() && (v.Type().IsCollectionType() || v.Type().IsObjectType() || v.Type().IsTupleType()) {
			return v.LengthInt() == 0
		}
	}
	return false
}
