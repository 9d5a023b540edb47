package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// A secret whose name a data source of the repository looks up needs no
// output: that consumer has already derived it. These are the data sources
// that find a secret by name, and the argument that names it; secret_id
// takes the name or the ARN, and only the name is compared.
var secretLookupAttrs = map[string]string{
	"aws_secretsmanager_secret":         "name",
	"aws_secretsmanager_secret_version": "secret_id",
}

// secretLookupReads is what the lookups read of data source bodies.
var secretLookupReads = model.Reads{
	Types: []string{"aws_secretsmanager_secret", "aws_secretsmanager_secret_version"},
	Paths: []string{"name", "secret_id"},
}

// secretLookups are the secret names that data sources look up: those of the
// configuration under check, as the check evaluates them, and those of every
// directory of its repository, read from disk. They are gathered on the
// first question: only a configuration with a finding to drop pays for them.
type secretLookups struct {
	cfg   *model.Config
	names map[string]bool
}

// findsByName reports whether data sources look up every name a secret's
// instances have; false when one of its names cannot be known.
func (l *secretLookups) findsByName(res *model.Resource) bool {
	names, known := instanceStrings(res, "name")
	if !known {
		return false
	}
	if l.names == nil {
		l.names = map[string]bool{}
		collectSecretLookups(l.cfg, l.names)
		for name := range repositorySecretLookups(l.cfg) {
			l.names[name] = true
		}
	}
	for _, name := range names {
		if !l.names[name] {
			return false
		}
	}
	return true
}

// collectSecretLookups adds the names the data sources of a configuration
// look up, in every module it reads; a name that cannot be known adds nothing.
func collectSecretLookups(cfg *model.Config, names map[string]bool) {
	cfg.Module.Walk(func(m *model.Module) {
		for _, ds := range m.DataSources {
			attr, ok := secretLookupAttrs[ds.Type]
			if !ok || ds.Absent() {
				continue
			}
			values, _ := instanceStrings(ds, attr)
			for _, v := range values {
				names[v] = true
			}
		}
	})
}

// instanceStrings evaluates an attribute for each instance of a resource or
// data source (once without count or for_each, or when they cannot be
// expanded) and returns the known strings; known is false when the attribute
// is missing or one of its values is not a known string.
func instanceStrings(res *model.Resource, attr string) (values []string, known bool) {
	a := res.Body.Attr(attr)
	if a == nil {
		return nil, false
	}
	bindings := []map[string]cty.Value{nil}
	if instances := res.Instances(); len(instances) > 0 {
		bindings = bindings[:0]
		for _, inst := range instances {
			bindings = append(bindings, inst.Vars)
		}
	}
	known = true
	for _, vars := range bindings {
		v := res.Module.EvalWith(a.Expr, res, vars)
		if !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
			known = false
			continue
		}
		values = append(values, v.AsString())
	}
	return values, known
}

// repositorySecretLookups are, per repository root, the names its data
// sources look up, gathered once per process: every worker of a recursive
// run reads the same tree from disk and reaches the same verdict.
var (
	repositoryLookupsMu sync.Mutex
	repositoryLookups   = map[string]map[string]bool{}
)

func repositorySecretLookups(cfg *model.Config) map[string]bool {
	repo := cfg.Repository()
	if repo == nil {
		return nil
	}
	repositoryLookupsMu.Lock()
	defer repositoryLookupsMu.Unlock()
	names, ok := repositoryLookups[repo.Root]
	if !ok {
		names = readRepositorySecretLookups(repo, cfg.Settings.Start)
		repositoryLookups[repo.Root] = names
	}
	return names
}

// readRepositorySecretLookups builds, from disk, each directory that may
// declare a lookup data source, with its own variables' defaults and locals,
// and the configurations that call it as a module (directly or through other
// modules), where its variables get their callers' values.
func readRepositorySecretLookups(repo *repository.Repository, start string) map[string]bool {
	names := map[string]bool{}
	settings := model.Settings{Schema: model.NewSchema(false, secretLookupReads), Start: start}
	built := map[string]bool{}
	build := func(dir string) {
		if built[dir] {
			return
		}
		built[dir] = true
		if cfg, ok := model.BuildDir(dir, settings); ok {
			collectSecretLookups(cfg, names)
		}
	}
	for _, dir := range repo.Dirs() {
		if !mayDeclareSecretLookup(dir) {
			continue
		}
		build(dir)
		for _, top := range outermostCallers(repo, dir) {
			build(top)
		}
	}
	return names
}

// outermostCallers returns the directories that call dir as a module,
// directly or through other modules, and that no directory calls in turn.
func outermostCallers(repo *repository.Repository, dir string) []string {
	var tops []string
	seen := map[string]bool{dir: true}
	queue := repo.Callers(dir)
	for len(queue) > 0 {
		d := queue[0]
		queue = queue[1:]
		if seen[d] {
			continue
		}
		seen[d] = true
		callers := repo.Callers(d)
		if len(callers) == 0 {
			tops = append(tops, d)
		}
		queue = append(queue, callers...)
	}
	return tops
}

// secretLookupHeader is the header of a lookup data source block in native
// syntax, where a block header starts its line.
var secretLookupHeader = regexp.MustCompile(`(?m)^[ \t]*data[ \t]+"?aws_secretsmanager_secret(_version)?\b`)

// mayDeclareSecretLookup reports whether a directory's Terraform files may
// declare a lookup data source, so that only such directories are built: a
// native file with such a block header, or a JSON file naming the type.
func mayDeclareSecretLookup(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !repository.IsTerraformFile(name) {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Contains(src, []byte("aws_secretsmanager_secret")) {
			continue
		}
		if strings.HasSuffix(name, ".json") || secretLookupHeader.Match(src) {
			return true
		}
	}
	return false
}
