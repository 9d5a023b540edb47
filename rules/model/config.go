// Package model is the configuration model every rule of the ruleset reads:
// providers and their regions, managed resources with their effective region,
// module calls with the modules they load, outputs, variables and locals, and
// the references between them. It is built once per module check from the
// files the host sends in one call, and evaluates locally what needs no host.
package model

import (
	"path/filepath"
	"slices"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

// Settings are the plugin-block settings that shape the model's judgements.
type Settings struct {
	// Regions are the regions the configuration must deploy to.
	Regions []string
	// Fix is set when tflint applies fixes (--fix), which change the files between rules.
	Fix bool
	// Schema is what the enabled rules read of resource bodies; nil reads
	// only what the model itself needs.
	Schema *Schema
	// Start is the directory TFLint started in (GetOriginalwd): the top of
	// the repository when no directory above the check holds .git.
	Start string
}

func (s Settings) schema() *Schema {
	if s.Schema == nil {
		return defaultSchema
	}
	return s.Schema
}

// Config is the model of one module check: the module TFLint is checking and,
// when that module is the root, every module it calls that can be read from disk.
type Config struct {
	// Module is the module under check.
	Module *Module
	// IsRoot is true when TFLint is checking the root module, not a module call.
	IsRoot bool
	// IsConfigurationRoot is true for a root module that is a deployable
	// configuration: it declares a provider "aws" block or a backend, no
	// other directory of its repository calls it as a module, and it is no
	// example or test (a directory under examples/, test/ or tests/).
	IsConfigurationRoot bool
	// IsCalledModule is true for a root whose directory a local module call
	// elsewhere in its repository uses as its source (`source = "../.."`): a
	// module, even when it configures providers itself (before Terraform 0.13
	// modules did). Its callers read it and report what it holds.
	IsCalledModule bool
	// CallPrefix is the address prefix of the module call under check
	// ("module.app."), empty for the root. TFLint reports a called module's
	// issues at its caller, where the resource must be named in full.
	CallPrefix string
	Settings   Settings

	// workspace is terraform.workspace, unknown when it cannot be told.
	workspace cty.Value

	// memo keeps what is derived on first use, for the Config and for
	// each of its modules and resources.
	memo memo
	// sources are the bytes of the module's files as the host sent them.
	sources map[string][]byte
	// releaseCollector gives the collector back its pacing when the check
	// ends (Runner.ReleaseCollector).
	releaseCollector func()
}

// Source returns the bytes of a file of the module under check as the host
// sent them, without asking the host again.
func (c *Config) Source(filename string) ([]byte, bool) {
	src, ok := c.sources[filename]
	return src, ok
}

// Build reads the module under check from the host, in one call, and the
// modules it calls from disk. It never fails: what cannot be read is left out
// and logged.
func Build(runner tflint.Runner, settings Settings) *Config {
	cfg := &Config{Settings: settings}
	files, resources, hostEval, sources, releaseCollector := readModule(runner, settings.schema())
	cfg.sources = sources
	cfg.releaseCollector = releaseCollector
	if settings.Fix {
		// A fix rebuilds the model between rules; nothing tells when the
		// last rule is done, so the collector is held for the parse only.
		releaseCollector()
	}
	defer func() {
		// A model that fails to build is never handed to a rule, and its
		// hold would never be released.
		if p := recover(); p != nil {
			releaseCollector()
			panic(p)
		}
	}()
	path, err := runner.GetModulePath()
	cfg.IsRoot = err == nil && path.IsRoot()
	if err == nil {
		for _, name := range path {
			cfg.CallPrefix += "module." + name + "."
		}
	}
	wd, _ := runner.GetOriginalwd()
	cfg.Settings.Start = wd

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
	mod.host, mod.hostEval = runner, hostEval
	cfg.assemble(mod, files, resources)
	return cfg
}

// assemble makes mod, whose variables can be answered, the module under
// check: it loads its decoded files and, at the root, the modules it calls.
func (cfg *Config) assemble(mod *Module, files []fileContent, resources *schemaNode) {
	mod.resourceSchema = resources
	mod.load(files)
	cfg.Module = mod
	mod.bindProviders()
	if cfg.IsRoot {
		loader := &moduleLoader{rootAbsDir: mod.absDir, rootDir: mod.Dir}
		rootReal := mod.absDir
		if real, err := filepath.EvalSymlinks(rootReal); err == nil {
			rootReal = real
		}
		loader.loadCalls(mod, map[string]bool{rootReal: true}, 0)
	}
	mod.Walk(func(m *Module) { m.resolveResources() })
	cfg.IsCalledModule = cfg.IsRoot && calledInRepository(cfg.Repository(), mod.absDir)
	cfg.IsConfigurationRoot = cfg.IsRoot && isConfigurationRoot(mod, cfg.Repository())
}

// AllResources returns the existing managed resources of this module and of
// every readable module it calls.
func (c *Config) AllResources() []*Resource {
	return allResources.of(&c.memo, c, func() []*Resource {
		var out []*Resource
		c.Module.Walk(func(m *Module) {
			for _, r := range m.Resources {
				if !r.Absent() {
					out = append(out, r)
				}
			}
		})
		// Clipped, so that a caller appending to the list gets its own.
		return slices.Clip(out)
	})
}

// allResources is AllResources, which most rules walk: listed once per check.
var allResources = &analysis[[]*Resource]{name: "all resources"}

// ResourcesOfType returns the existing managed resources of a type, in the
// module under check and every readable module it calls. Only resources of
// that type are asked whether they exist: that may need the host.
func (c *Config) ResourcesOfType(resourceType string) []*Resource {
	byType := resourcesByType.of(&c.memo, c, func() map[string][]*Resource {
		byType := map[string][]*Resource{}
		c.Module.Walk(func(m *Module) {
			for _, r := range m.Resources {
				byType[r.Type] = append(byType[r.Type], r)
			}
		})
		return byType
	})
	var out []*Resource
	for _, r := range byType[resourceType] {
		if !r.Absent() {
			out = append(out, r)
		}
	}
	return out
}

// resourcesByType indexes the managed resources of the module under check
// and of every readable module it calls by type, existing or not.
var resourcesByType = &analysis[map[string][]*Resource]{name: "resources by type"}

// HasOpaqueModules reports whether some called module could not be read.
func (c *Config) HasOpaqueModules() bool {
	return opaqueModules.of(&c.memo, c, func() bool {
		opaque := false
		c.Module.Walk(func(m *Module) {
			for _, call := range m.Calls {
				if call.Module == nil && !call.Absent {
					opaque = true
				}
			}
		})
		return opaque
	})
}

var opaqueModules = &analysis[bool]{name: "has opaque modules"}
