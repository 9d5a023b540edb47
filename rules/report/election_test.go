package report

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

const electionProvider = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n"

// electionRepository: two deployments and an example call modules/topic;
// only an example calls modules/sample; a root that configures no provider
// and an example call modules/tool; live/b reaches modules/topic also
// through modules/wrap.
var electionRepository = map[string]string{
	"live/a/main.tf":          electionProvider + "module \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"a\"\n}\n",
	"live/b/main.tf":          electionProvider + "module \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"b\"\n}\nmodule \"wrap\" {\n  source = \"../../modules/wrap\"\n}\n",
	"examples/topic/main.tf":  "module \"topic\" {\n  source = \"../../modules/topic\"\n  name   = \"e\"\n}\n",
	"examples/sample/main.tf": "module \"sample\" {\n  source = \"../../modules/sample\"\n  name   = \"s\"\n}\n",
	"examples/tool/main.tf":   "module \"tool\" {\n  source = \"../../modules/tool\"\n  name   = \"t\"\n}\n",
	"tools/main.tf":           "module \"tool\" {\n  source = \"../modules/tool\"\n  name   = \"t\"\n}\n",
	"modules/wrap/main.tf":    "module \"inner\" {\n  source = \"../topic\"\n  name   = \"w\"\n}\n",
	"modules/topic/main.tf":   causeTopic,
	"modules/sample/main.tf":  causeTopic,
	"modules/tool/main.tf":    causeTopic,
}

type defaultRule struct{ testRule }

func (defaultRule) Name() string { return "default_rule" }

// shownIn checks dir of the repository at top as a run started in start
// does, reports for every module it calls a finding in the module's own code
// (test_rule), one at the argument the call passes (other_rule) and one from
// a variable's default, which no call sets (default_rule), and returns the
// issues shown as "rule: message".
func shownIn(t *testing.T, top, start, dir string) []string {
	t.Helper()
	t.Chdir(filepath.Join(top, start))
	runner := ruletest.DirRunner(t, top, dir)
	expr := func(src string) hcl.Expression {
		e, diags := hclsyntax.ParseExpression([]byte(src), "main.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		return e
	}
	own, arg, def := New(runner, rule), New(runner, secondRule), New(runner, &defaultRule{})
	for _, call := range model.For(runner).Module.Calls {
		mod := call.Module
		if len(mod.Resources) == 0 {
			mod = mod.Calls[0].Module
		}
		topic := mod.Resources[0]
		own.Report(Finding{Subject: topic.Address(), Message: "Unencrypted in " + filepath.Base(mod.AbsDir()) + ".", Module: mod, Range: topic.DeclRange})
		arg.Report(Finding{Subject: topic.Address(), Message: topic.Address() + " has a bad name.", Module: mod, Range: topic.DeclRange, Expr: expr("var.name")})
		def.Report(Finding{Subject: topic.Address(), Message: "A default key.", Module: mod, Range: topic.DeclRange, Expr: expr("var.key")})
	}
	for _, r := range []*Reporter{own, arg, def} {
		if err := r.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, is := range runner.Issues {
		got = append(got, is.Rule.Name()+": "+is.Message)
	}
	return got
}

// TestOneRootShowsAModulesOwnDefect: among the roots under the start that
// reach a module directory, the first configuration root shows the module's
// own findings; without one, the first root that is no example or test;
// else the first example. Findings at a caller's argument, or whose value is
// a variable's default that another caller may set, stay with each caller,
// and a run started inside a later root shows them there.
func TestOneRootShowsAModulesOwnDefect(t *testing.T) {
	top := ruletest.Repository(t, electionRepository)
	topicArg := "other_rule: module.topic.aws_sns_topic.t has a bad name."
	defaultKey := "default_rule: A default key."
	for _, tc := range []struct {
		start, dir string
		want       []string
	}{
		{".", "live/a", []string{"test_rule: Unencrypted in topic.", topicArg, defaultKey}},
		// modules/wrap sets the name literally: its own defect, which only live/b reaches.
		{".", "live/b", []string{topicArg, "other_rule: module.wrap.module.inner.aws_sns_topic.t has a bad name.", defaultKey}},
		{".", "examples/topic", []string{topicArg, defaultKey}},
		{".", "examples/sample", []string{"test_rule: Unencrypted in sample.", "other_rule: module.sample.aws_sns_topic.t has a bad name.", defaultKey}},
		{".", "examples/tool", []string{"other_rule: module.tool.aws_sns_topic.t has a bad name.", defaultKey}},
		{".", "tools", []string{"test_rule: Unencrypted in tool.", "other_rule: module.tool.aws_sns_topic.t has a bad name.", defaultKey}},
		{"live/b", "live/b", []string{"test_rule: Unencrypted in topic.", topicArg, "other_rule: module.wrap.module.inner.aws_sns_topic.t has a bad name.", defaultKey}},
		{"examples", "examples/topic", []string{"test_rule: Unencrypted in topic.", topicArg, defaultKey}},
		{"examples", "examples/tool", []string{"test_rule: Unencrypted in tool.", "other_rule: module.tool.aws_sns_topic.t has a bad name.", defaultKey}},
	} {
		if got := shownIn(t, top, tc.start, tc.dir); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("started in %s, %s shows %q, want %q", tc.start, tc.dir, got, tc.want)
		}
	}
}

// A root that reaches the module by a way the repository's index does not
// see (a source computed from a local) is no candidate: it shows the
// module's findings itself, as the elected root does.
func TestUnindexedCallerShowsItsOwn(t *testing.T) {
	files := map[string]string{
		"live/c/main.tf": electionProvider + "locals {\n  dir = \"../../modules/topic\"\n}\nmodule \"topic\" {\n  source = local.dir\n  name   = \"c\"\n}\n",
	}
	for name, src := range electionRepository {
		files[name] = src
	}
	top := ruletest.Repository(t, files)
	want := []string{"test_rule: Unencrypted in topic.", "other_rule: module.topic.aws_sns_topic.t has a bad name.", "default_rule: A default key."}
	if got := shownIn(t, top, ".", "live/c"); !reflect.DeepEqual(got, want) {
		t.Errorf("live/c shows %q, want %q", got, want)
	}
}
