package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

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
	// HasRemoteState is set by a backend other than "local", or a cloud
	// block: the configuration keeps shared state, so somebody deploys it.
	HasRemoteState bool
	// ExpectsProviders is set when required_providers declares
	// configuration_aliases: the module is written to be called.
	ExpectsProviders bool
	// FirstBlock is the definition range of the first block of the first file.
	FirstBlock *hcl.Range

	// providers maps a provider address of this module ("aws", "aws.west")
	// to the configuration in effect for it.
	providers map[string]*Provider
	// host answers for the variables of the module under check; nil for a
	// module read from disk.
	host tflint.Runner
	// hostEval evaluates on the host without the SDK's re-read of a whole
	// file for each expression; nil when the runner's EvaluateExpr is used.
	hostEval *hostEvaluator
	// values answer for the variables of a configuration root read from
	// disk (BuildDir): what its variable files set.
	values map[string]cty.Value
	// resourceSchema is the schema resource bodies were decoded with.
	resourceSchema *schemaNode
}

func newModule(cfg *Config, dir, absDir string, call *ModuleCall) *Module {
	return &Module{
		Dir: dir, absDir: absDir, Call: call, config: cfg,
		Variables: map[string]*Variable{}, Locals: map[string]*hcl.Attribute{},
		providers: map[string]*Provider{},
	}
}

// Config is the configuration the module belongs to.
func (m *Module) Config() *Config { return m.config }

// AbsDir is the module's directory on disk.
func (m *Module) AbsDir() string { return m.absDir }

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
	return m.byAddress()[resourceType+"."+name]
}

// DataSource finds a data source of this module.
func (m *Module) DataSource(dataType, name string) *Resource {
	return m.byAddress()["data."+dataType+"."+name]
}

// byAddress indexes the module's resources and data sources by their address
// in the module.
func (m *Module) byAddress() map[string]*Resource {
	return resourceIndex.of(&m.config.memo, m, func() map[string]*Resource {
		index := make(map[string]*Resource, len(m.Resources)+len(m.DataSources))
		for _, r := range m.Resources {
			index[r.Type+"."+r.Name] = r
		}
		for _, r := range m.DataSources {
			index["data."+r.Type+"."+r.Name] = r
		}
		return index
	})
}

var resourceIndex = &analysis[map[string]*Resource]{name: "resources by address"}

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

// Output is an output block.
type Output struct {
	Name      string
	Expr      hcl.Expression
	DeclRange hcl.Range
}

// ConfigurationAnchor is where a finding about the whole configuration goes
// when nothing more precise names it: the first provider block, else the
// first terraform block, else the first block; none in a module without blocks.
func (m *Module) ConfigurationAnchor() (hcl.Range, bool) {
	switch {
	case len(m.Providers) > 0:
		return m.Providers[0].ReportRange(), true
	case len(m.TerraformBlocks) > 0:
		return m.TerraformBlocks[0].DefRange, true
	case m.FirstBlock != nil:
		return *m.FirstBlock, true
	}
	return hcl.Range{}, false
}
