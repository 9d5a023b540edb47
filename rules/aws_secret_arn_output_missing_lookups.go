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

// secretLookups are the secret names that data sources look up and the name
// patterns that IAM policies allow reading: those of the
// configuration under check, as the check evaluates them, and those of every
// directory of its repository, read from disk. They are gathered on the
// first question: only a configuration with a finding to drop pays for them.
type secretLookups struct {
	cfg      *model.Config
	gathered *secretConsumers
}

// secretConsumers are what reads secrets by name: the names data sources
// look up and the name patterns policies grant reading.
type secretConsumers struct {
	names  map[string]bool
	grants map[string]bool
}

func newSecretConsumers() *secretConsumers {
	return &secretConsumers{names: map[string]bool{}, grants: map[string]bool{}}
}

func (c *secretConsumers) collect(cfg *model.Config) {
	collectSecretLookups(cfg, c.names)
	collectSecretGrants(cfg, c.grants)
}

func (c *secretConsumers) add(o *secretConsumers) {
	for name := range o.names {
		c.names[name] = true
	}
	for p := range o.grants {
		c.grants[p] = true
	}
}

// readsByName reports whether a data source looks up the name or a policy
// grants reading it. A name with parts that cannot be known (unknownPart)
// is read only by a grant that covers it whatever those parts are.
func (c *secretConsumers) readsByName(name string) bool {
	if c.names[name] {
		return true
	}
	for p := range c.grants {
		if grantsSecretName(p, name) {
			return true
		}
	}
	return false
}

// findsByName reports whether consumers read every name a secret's
// instances have; false when one of its names cannot be known even in part.
func (l *secretLookups) findsByName(res *model.Resource) bool {
	names, known := instancePartialStrings(res, "name")
	if !known {
		return false
	}
	if l.gathered == nil {
		l.gathered = newSecretConsumers()
		l.gathered.collect(l.cfg)
		if repo := repositorySecretConsumers(l.cfg); repo != nil {
			l.gathered.add(repo)
		}
	}
	for _, name := range names {
		if !l.gathered.readsByName(name) {
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
	known = true
	for _, vars := range instanceBindings(res) {
		v := res.Module.EvalWith(a.Expr, res, vars)
		if !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
			known = false
			continue
		}
		values = append(values, v.AsString())
	}
	return values, known
}

// instanceBindings are the names each instance of a resource or data source
// binds (count.index, each.*): one empty binding without count or for_each,
// or when they cannot be expanded.
func instanceBindings(res *model.Resource) []map[string]cty.Value {
	instances := res.Instances()
	if len(instances) == 0 {
		return []map[string]cty.Value{nil}
	}
	bindings := make([]map[string]cty.Value, 0, len(instances))
	for _, inst := range instances {
		bindings = append(bindings, inst.Vars)
	}
	return bindings
}

// repositorySecretConsumers are, per repository root, the secret consumers
// of its directories, gathered once per process: every worker of a recursive
// run reads the same tree from disk and reaches the same verdict.
var (
	repositoryConsumersMu sync.Mutex
	repositoryConsumers   = map[string]*secretConsumers{}
)

func repositorySecretConsumers(cfg *model.Config) *secretConsumers {
	repo := cfg.Repository()
	if repo == nil {
		return nil
	}
	repositoryConsumersMu.Lock()
	defer repositoryConsumersMu.Unlock()
	consumers, ok := repositoryConsumers[repo.Root]
	if !ok {
		consumers = readRepositorySecretConsumers(repo, cfg.Settings.Start)
		repositoryConsumers[repo.Root] = consumers
	}
	return consumers
}

// readRepositorySecretConsumers builds, from disk, each directory that may
// declare a lookup data source or a policy granting secret reads,
// with its own variables' defaults and locals, and the configurations that
// call it as a module (directly or through other modules), where its
// variables get their callers' values.
func readRepositorySecretConsumers(repo *repository.Repository, start string) *secretConsumers {
	consumers := newSecretConsumers()
	settings := model.Settings{Schema: model.NewSchema(false, secretLookupReads, secretGrantReads, secretPolicyReads), Start: start}
	built := map[string]bool{}
	build := func(dir string) {
		if built[dir] {
			return
		}
		built[dir] = true
		if cfg, ok := model.BuildDir(dir, settings); ok {
			consumers.collect(cfg)
		}
	}
	for _, dir := range repo.Dirs() {
		if !mayDeclareSecretConsumer(dir) {
			continue
		}
		build(dir)
		for _, top := range outermostCallers(repo, dir) {
			build(top)
		}
	}
	return consumers
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

// secretLookupHeader and policyHeader are the headers of a lookup data
// source block and of a policy document or a resource with a policy in native
// syntax, where a block header starts its line.
var (
	secretLookupHeader = regexp.MustCompile(`(?m)^[ \t]*data[ \t]+"?aws_secretsmanager_secret(_version)?\b`)
	policyHeader       = regexp.MustCompile(`(?m)^[ \t]*(data[ \t]+"?aws_iam_policy_document|resource[ \t]+"?aws_iam_(role_|user_|group_)?policy)\b`)
)

// mayDeclareSecretConsumer reports whether a directory's Terraform files may
// declare a lookup data source or a policy granting secret reads, so that
// only such directories are built: a native file with a lookup block header,
// or a JSON file naming the type; or a policy (document) header, or a JSON
// file naming IAM types, in a directory that names secretsmanager somewhere
// (its ARNs and actions may sit in locals of another file).
func mayDeclareSecretConsumer(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	var policy, secretsManager bool
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !repository.IsTerraformFile(name) {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		json := strings.HasSuffix(name, ".json")
		if bytes.Contains(src, []byte("aws_secretsmanager_secret")) && (json || secretLookupHeader.Match(src)) {
			return true
		}
		secretsManager = secretsManager || bytes.Contains(src, []byte("secretsmanager"))
		policy = policy || json && bytes.Contains(src, []byte("aws_iam_")) || policyHeader.Match(src)
	}
	return policy && secretsManager
}
