package report

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

const electionProvider = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n"

// electionRepository: two deployments and an example call modules/topic;
// only an example calls modules/sample; a root that configures no provider
// and an example call modules/tool; live/b reaches modules/topic also
// through modules/wrap; live/c sets the topic's key, which the others leave
// to its default.
var electionRepository = map[string]string{
	"live/a/main.tf":          electionProvider + "module \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"a\"\n}\n",
	"live/b/main.tf":          electionProvider + "module \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"b\"\n}\nmodule \"wrap\" {\n  source = \"../../modules/wrap\"\n}\n",
	"live/c/main.tf":          electionProvider + "module \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"c\"\n  key    = \"k\"\n}\n",
	"examples/topic/main.tf":  "module \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"e\"\n}\n",
	"examples/sample/main.tf": "module \"sample\" {\n  source = \"../../modules/sample\"\n  name   = \"s\"\n}\n",
	"examples/tool/main.tf":   "module \"tool\" {\n  source = \"../../modules/tool\"\n  name   = \"t\"\n}\n",
	"tools/main.tf":           "module \"tool\" {\n  source = \"../modules/tool\"\n  name   = \"t\"\n}\n",
	"modules/wrap/main.tf":    "module \"inner\" {\n  source = \"../topic\"\n  name   = \"w\"\n}\n",
	"modules/topic/main.tf":   electionModule,
	"modules/sample/main.tf":  electionModule,
	"modules/tool/main.tf":    electionModule,
}

const electionModule = `
variable "name" {}
variable "key" {
  default = null
}
resource "aws_sns_topic" "t" {
  name              = var.name
  kms_master_key_id = var.key
}
`

// electionRule reports, for each module the checked root calls (through
// modules/wrap, the one it calls), one kind of finding: in the module's own
// code ("own"), at the name the call passes ("name"), or about a key that
// only a call that passes none lacks ("key").
type electionRule struct {
	testRule
	kind string
}

func (r *electionRule) Name() string { return r.kind + "_rule" }

func (r *electionRule) Reads() []model.Reads {
	return []model.Reads{{Paths: []string{"name", "kms_master_key_id"}}}
}

func (r *electionRule) Check(runner tflint.Runner) error {
	rep := New(runner, r)
	for _, call := range model.For(runner).Module.Calls {
		mod := call.Module
		if len(mod.Resources) == 0 {
			mod = mod.Calls[0].Module
		}
		topic := mod.Resources[0]
		f := Finding{Subject: topic.Address(), Module: mod, Range: topic.DeclRange}
		switch r.kind {
		case "own":
			f.Message = "Unencrypted in " + filepath.Base(mod.AbsDir()) + "."
		case "name":
			f.Message, f.Expr = topic.Address()+" has a bad name.", topic.Body.Attr("name").Expr
		case "key":
			if _, known := mod.EvalString(topic.Body.Attr("kms_master_key_id").Expr, topic); known {
				continue
			}
			f.Message = "No key."
		}
		rep.Report(f)
	}
	return rep.Flush()
}

// shownIn checks dir of the repository at top with each kind of
// electionRule as a run started in start does, and returns the issues shown
// as "rule: message".
func shownIn(t *testing.T, top, start, dir string) []string {
	t.Helper()
	t.Chdir(filepath.Join(top, start))
	host := ruletest.DirRunner(t, top, dir)
	rules := []*electionRule{{kind: "own"}, {kind: "name"}, {kind: "key"}}
	runner := model.NewRunner(host, model.Settings{Schema: model.NewSchema(false, rules[0].Reads()...)})
	for _, rule := range rules {
		if err := rule.Check(runner); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, is := range host.Issues {
		got = append(got, is.Rule.Name()+": "+is.Message)
	}
	return got
}

// TestOneRootShowsAModulesOwnDefect: of the roots under the start that
// reach a module directory, the first configuration root shows the module's
// own findings; without one, the first root that is no example or test;
// else the first example. A root shows them when no earlier root has the
// same finding (live/c sets the key live/a and live/b lack); findings at a
// caller's argument stay with each caller; a run started inside a later
// root shows them there.
func TestOneRootShowsAModulesOwnDefect(t *testing.T) {
	top := ruletest.Repository(t, electionRepository)
	name := func(root string) string { return "name_rule: module." + root + ".aws_sns_topic.t has a bad name." }
	for _, tc := range []struct {
		start, dir string
		want       []string
	}{
		{".", "live/a", []string{"own_rule: Unencrypted in topic.", name("topic"), "key_rule: No key."}},
		// modules/wrap sets the name literally: its own defect, which only live/b reaches.
		{".", "live/b", []string{name("topic"), name("wrap.module.inner")}},
		{".", "live/c", []string{name("topic")}},
		{".", "examples/topic", []string{name("topic")}},
		{".", "examples/sample", []string{"own_rule: Unencrypted in sample.", name("sample"), "key_rule: No key."}},
		{".", "examples/tool", []string{name("tool")}},
		{".", "tools", []string{"own_rule: Unencrypted in tool.", name("tool"), "key_rule: No key."}},
		{"live/b", "live/b", []string{"own_rule: Unencrypted in topic.", name("topic"), name("wrap.module.inner"), "key_rule: No key."}},
		{"examples", "examples/topic", []string{"own_rule: Unencrypted in topic.", name("topic"), "key_rule: No key."}},
		{"examples", "examples/tool", []string{"own_rule: Unencrypted in tool.", name("tool"), "key_rule: No key."}},
	} {
		if got := shownIn(t, top, tc.start, tc.dir); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("started in %s, %s shows %q, want %q", tc.start, tc.dir, got, tc.want)
		}
	}
}

// electionRepositoryWithFirstRoot lays out electionRepository with one more
// root, live/0, the first of the election, holding main.tf.
func electionRepositoryWithFirstRoot(t *testing.T, main string) string {
	files := map[string]string{"live/0/main.tf": main}
	for name, src := range electionRepository {
		files[name] = src
	}
	return ruletest.Repository(t, files)
}

// TestEarlierRootWithoutTheFinding: when the first configuration root sets
// what the others lack, the next root that lacks it shows the finding.
func TestEarlierRootWithoutTheFinding(t *testing.T) {
	top := electionRepositoryWithFirstRoot(t, electionProvider+"module \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"z\"\n  key    = \"k\"\n}\n")
	for dir, want := range map[string][]string{
		"live/0": {"own_rule: Unencrypted in topic.", "name_rule: module.topic.aws_sns_topic.t has a bad name."},
		"live/a": {"name_rule: module.topic.aws_sns_topic.t has a bad name.", "key_rule: No key."},
		"live/b": {"name_rule: module.topic.aws_sns_topic.t has a bad name.", "name_rule: module.wrap.module.inner.aws_sns_topic.t has a bad name."},
	} {
		if got := shownIn(t, top, ".", dir); !reflect.DeepEqual(got, want) {
			t.Errorf("%s shows %q, want %q", dir, got, want)
		}
	}
}

// A root that reaches the module by a way the repository's index does not
// see (a source computed from a local) is no candidate: it shows the
// module's findings itself, as the elected root does.
func TestUnindexedCallerShowsItsOwn(t *testing.T) {
	top := electionRepositoryWithFirstRoot(t, electionProvider+"locals {\n  dir = \"../../modules/topic\"\n}\nmodule \"topic\" {\n  source = local.dir\n  name   = \"z\"\n}\n")
	want := []string{"own_rule: Unencrypted in topic.", "name_rule: module.topic.aws_sns_topic.t has a bad name.", "key_rule: No key."}
	if got := shownIn(t, top, ".", "live/0"); !reflect.DeepEqual(got, want) {
		t.Errorf("live/0 shows %q, want %q", got, want)
	}
}

// An earlier root that acknowledges the finding with tflint-ignore at its
// call hands it to the next root, as a call does inside one root.
func TestIgnoredInEarlierRoot(t *testing.T) {
	top := electionRepositoryWithFirstRoot(t, electionProvider+"# tflint-ignore: own_rule\nmodule \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"z\"\n}\n")
	for dir, want := range map[string][]string{
		"live/0": {"name_rule: module.topic.aws_sns_topic.t has a bad name.", "key_rule: No key."},
		"live/a": {"own_rule: Unencrypted in topic.", "name_rule: module.topic.aws_sns_topic.t has a bad name."},
	} {
		if got := shownIn(t, top, ".", dir); !reflect.DeepEqual(got, want) {
			t.Errorf("%s shows %q, want %q", dir, got, want)
		}
	}
}
