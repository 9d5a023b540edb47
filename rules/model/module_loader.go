package model

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
)

// maxModuleDepth bounds module nesting; Terraform has no limit, but a chain
// this deep is a cycle through different spellings of the same directory.
const maxModuleDepth = 16

// maxModules bounds how many module instances one check loads, so that calls
// that fan out through links cannot multiply without end.
const maxModules = 1000

// maxModuleFileSize skips files no real module has, so a hostile input cannot
// make every check re-read it.
const maxModuleFileSize = 16 << 20

// moduleLoader reads called modules from disk. The host only sends the files of
// the module under check, so local modules and modules installed under
// .terraform/modules are read directly, whatever call_module_type says.
type moduleLoader struct {
	rootAbsDir string
	rootDir    string
	manifest   map[string]string // module key ("a.b") → directory relative to the root
	manifestOK bool
	loaded     int
}

func (l *moduleLoader) loadCalls(parent *Module, chain map[string]bool, depth int) {
	for _, call := range parent.Calls {
		call.Absent = parent.createsNothing(call.Body)
		call.providerMap = providerMap(call.Body)
		call.evalSource()
		if depth >= maxModuleDepth {
			continue
		}
		dir, absDir, ok := l.locate(parent, call)
		if !ok || l.loaded >= maxModules {
			continue
		}
		// A module that calls itself, directly or through links, is read once.
		if real, err := filepath.EvalSymlinks(absDir); err == nil {
			absDir = real
		}
		if chain[absDir] {
			continue
		}
		l.loaded++
		files, resource := readModuleFiles(absDir, dir, parent.config.Settings.schema(), nil)
		if len(files) == 0 {
			continue
		}
		child := newModule(parent.config, dir, absDir, call)
		child.resourceSchema = resource
		child.load(files)
		call.Module = child
		child.inheritProviders()
		child.bindProviders()
		chain[absDir] = true
		l.loadCalls(child, chain, depth+1)
		delete(chain, absDir)
	}
}

// locate finds a called module's directory: relative to the caller for local
// sources, else from Terraform's module manifest.
func (l *moduleLoader) locate(parent *Module, call *ModuleCall) (dir, absDir string, ok bool) {
	src := call.Source
	if strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../") || src == "." || src == ".." {
		return filepath.Join(parent.Dir, src), filepath.Join(parent.absDir, src), true
	}
	if src == "" {
		return "", "", false
	}
	if !l.manifestOK {
		l.manifestOK = true
		l.manifest = readManifest(l.rootAbsDir)
	}
	var key []string
	for m := parent; m.Call != nil; m = m.Call.Parent {
		key = append([]string{m.Call.Name}, key...)
	}
	key = append(key, call.Name)
	rel, found := l.manifest[strings.Join(key, ".")]
	if !found {
		return "", "", false
	}
	if filepath.IsAbs(rel) {
		return rel, rel, true
	}
	return filepath.Join(l.rootDir, rel), filepath.Join(l.rootAbsDir, rel), true
}

func readManifest(rootAbsDir string) map[string]string {
	out := map[string]string{}
	src, err := os.ReadFile(filepath.Join(dataDir(rootAbsDir), "modules", "modules.json"))
	if err != nil {
		return out
	}
	var manifest struct {
		Modules []struct{ Key, Dir string }
	}
	if err := json.Unmarshal(src, &manifest); err != nil {
		logger.Warn("awsbaseline: cannot read the module manifest: " + err.Error())
		return out
	}
	for _, m := range manifest.Modules {
		out[m.Key] = m.Dir
	}
	return out
}

// readModuleFiles parses a module directory's .tf and .tf.json files and
// decodes them as the module under check is decoded. Files that cannot be
// read or parsed are left out; the module is then partial. keep, when set,
// chooses the native files worth parsing from their text (JSON files are
// always parsed).
func readModuleFiles(absDir, dir string, schema *Schema, keep func(src []byte) bool) ([]fileContent, *schemaNode) {
	entries, err := os.ReadDir(absDir)
	if err != nil {
		return nil, nil
	}
	sources := map[string][]byte{}
	for _, e := range entries {
		name := e.Name()
		isJSON := strings.HasSuffix(name, ".tf.json")
		if !isJSON && !strings.HasSuffix(name, ".tf") {
			continue
		}
		info, err := os.Stat(filepath.Join(absDir, name))
		if err != nil || !info.Mode().IsRegular() || info.Size() > maxModuleFileSize {
			continue
		}
		src, err := os.ReadFile(filepath.Join(absDir, name))
		if err != nil || keep != nil && !isJSON && !keep(src) {
			continue
		}
		sources[filepath.Join(dir, name)] = src
	}
	growCollectorHold(sources)
	files := map[string]*hcl.File{}
	for name, p := range parseAll(sources) {
		if p.diags.HasErrors() || p.file == nil {
			logger.Warn(fmt.Sprintf("awsbaseline: skipping %s: %s", name, p.diags.Error()))
			continue
		}
		files[name] = p.file
	}
	return decodeFiles(files, schema)
}
