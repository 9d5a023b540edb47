package ruletest

import (
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	c := Load(t, "testdata/case")
	var files []string
	for name := range c.Files {
		files = append(files, name)
	}
	sort.Strings(files)
	if want := []string{".tflint.hcl", "testdata/case/extra.tf.json", "testdata/case/main.tf"}; !reflect.DeepEqual(files, want) {
		t.Errorf("files %q, want %q", files, want)
	}
	var wants []string
	for _, w := range c.Wants {
		wants = append(wants, w.String())
	}
	if want := []string{`extra.tf.json:1: want "c" @ "{"#4`, `main.tf:4: want "b"`, `modules/m/main.tf:1: want "v"`}; !reflect.DeepEqual(wants, want) {
		t.Errorf("wants %q, want %q", wants, want)
	}
	if !reflect.DeepEqual([]string(c.ModuleCall), []string{"app", "x"}) {
		t.Errorf("module call %v", c.ModuleCall)
	}
	if c.Plugin == nil || !reflect.DeepEqual(c.Plugin.Regions, []string{"us-east-1", "eu-west-1"}) {
		t.Errorf("plugin settings %+v", c.Plugin)
	}
	if c.Files[".tflint.hcl"] != "rule \"r\" {\n  enabled = true\n}\n" {
		t.Errorf(".tflint.hcl for the runner: %q", c.Files[".tflint.hcl"])
	}
	if c.fixed["testdata/case/main.tf"] != "resource \"a\" \"b\" {}\n" {
		t.Errorf("fixed %q", c.fixed)
	}
	if !reflect.DeepEqual(c.Env, map[string]string{"RULETEST_CASE": "a=b"}) {
		t.Errorf("env %q", c.Env)
	}
}

// The fixture's environment variables are set while it is checked.
func TestRunnerSetsEnv(t *testing.T) {
	c := &Case{Files: map[string]string{"main.tf": ""}, Env: map[string]string{"RULETEST_ENV": "on"}}
	t.Run("check", func(t *testing.T) {
		c.Runner(t, nil)
		if got := os.Getenv("RULETEST_ENV"); got != "on" {
			t.Errorf("RULETEST_ENV = %q while checking", got)
		}
	})
	if got, set := os.LookupEnv("RULETEST_ENV"); set {
		t.Errorf("RULETEST_ENV = %q after the check", got)
	}
}

func TestParseEnvErrors(t *testing.T) {
	for _, bad := range []string{"NAME", "=value", "A NAME=value"} {
		if _, err := parseEnv("OK=1\n" + bad + "\n"); err == nil || !strings.Contains(err.Error(), EnvFile+":2") {
			t.Errorf("%q: got %v", bad, err)
		}
	}
}

func TestFixProblems(t *testing.T) {
	c := &Case{fixed: map[string]string{"main.tf": "fixed\n", "other.tf": "fixed\n"}}
	got := c.fixProblems(map[string][]byte{"main.tf": []byte("fixed\n"), "third.tf": []byte("x\n")})
	want := []string{
		"other.tf: no fix changes it, but there is other.tf.fixed",
		"third.tf: the rule's fixes change it, but there is no third.tf.fixed; fixed:\nx\n",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := c.fixProblems(map[string][]byte{"main.tf": []byte("wrong\n"), "other.tf": []byte("fixed\n")}); len(got) != 1 {
		t.Errorf("a wrong fix: got %q", got)
	}
}
