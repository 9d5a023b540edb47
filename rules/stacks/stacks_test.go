package stacks

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

const root = `provider "aws" { region = "us-east-1" }`

func layout(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	return real
}

func TestLevels(t *testing.T) {
	top := layout(t, map[string]string{
		".git/HEAD":                              "",
		"live/us-east-1/network/main.tf":         root,
		"live/us-west-2/network/main.tf":         root,
		"live/global/main.tf":                    root,
		"live/README.md":                         "",
		"environments/us-east-1/prod/main.tf":    root,
		"environments/eu-west-2/prod/main.tf":    root,
		"environments/DR/prod/main.tf":           root,
		"environments/us-east-1/primary/main.tf": root,
		"single/us-east-1/main.tf":               root,
		"single/notaregion/main.tf":              root,
		"roles/primary/us-east-1/app/main.tf":    root,
		"roles/dr/us-west-2/app/main.tf":         root,
		"roles/primary/eu-west-1/app/main.tf":    root,
		"roles/primary/custom-word/app/main.tf":  root,
		"examples/us-east-1/main.tf":             root,
		"examples/us-west-2/main.tf":             root,
		"modules/m/tests/us-east-1/main.tf":      root,
		"modules/m/tests/us-west-2/main.tf":      root,
	})
	repo := repository.Around(top, "")
	names := NewNames(DefaultRoles, DefaultEnvironments)
	rel := func(paths ...string) []string {
		var out []string
		for _, p := range paths {
			r, _ := filepath.Rel(top, p)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	type level struct {
		Stack        string
		Counterparts []string
	}
	for dir, want := range map[string][]level{
		"live/us-east-1/network":        {{"live/us-east-1", []string{"live/us-west-2"}}},
		"live/global":                   nil,
		"environments/us-east-1/prod":   {{"environments/us-east-1", []string{"environments/DR", "environments/eu-west-2"}}},
		"environments/DR/prod":          {{"environments/DR", []string{"environments/eu-west-2", "environments/us-east-1"}}},
		"single/us-east-1":              nil,
		"roles/primary/us-east-1/app":   {{"roles/primary", []string{"roles/dr"}}, {"roles/primary/us-east-1", []string{"roles/primary/eu-west-1"}}},
		"roles/primary/custom-word/app": {{"roles/primary", []string{"roles/dr"}}},
		"examples/us-east-1":            nil,
		"modules/m/tests/us-west-2":     nil,
	} {
		var got []level
		for _, l := range Levels(repo, filepath.Join(top, dir), names) {
			got = append(got, level{rel(l.Stack)[0], rel(l.Counterparts...)})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Levels(%s) = %v, want %v", dir, got, want)
		}
	}
	custom := NewNames([]string{"custom-word"}, nil)
	if got := Levels(repo, filepath.Join(top, "roles/primary/custom-word/app"), custom); len(got) != 1 || !reflect.DeepEqual(rel(got[0].Counterparts...), []string{"roles/primary/eu-west-1", "roles/primary/us-east-1"}) {
		t.Errorf("with the role words replaced, Levels = %+v", got)
	}
}

func TestIsFirstRoot(t *testing.T) {
	top := layout(t, map[string]string{
		".git/HEAD":                     "",
		"live/us-west-2/app/main.tf":    `module "m" { source = "../modules/m" }` + "\n" + root,
		"live/us-west-2/modules/m/x.tf": `resource "aws_vpc" "v" {}`,
		"live/us-west-2/a-vars/x.tf":    `variable "x" {}`,
		"live/us-west-2/network/x.tf":   root,
		"live/us-east-1/b/x.tf":         root,
	})
	stack := filepath.Join(top, "live/us-west-2")
	for dir, want := range map[string]bool{"app": true, "network": false, "modules/m": false, "b": false} {
		if got := IsFirstRoot(repository.Around(top, ""), stack, filepath.Join(stack, dir), NewNames(DefaultRoles, DefaultEnvironments)); got != want {
			t.Errorf("IsFirstRoot(%s) = %v, want %v", dir, got, want)
		}
	}
}

func TestPart(t *testing.T) {
	names := NewNames(DefaultRoles, DefaultEnvironments)
	stack := filepath.FromSlash("/repo/environments/us-east-1")
	for rel, want := range map[string]string{
		".":                  "",
		"network":            "",
		"prod":               "prod",
		"Staging/app":        "Staging",
		"app/prod/db":        "app/prod",
		"prod/staging":       "prod",
		"examples/prod":      "-",
		"network/test/prod":  "-",
		"network/tests":      "-",
		"network/production": "network/production",
	} {
		got, ok := names.Part(stack, filepath.Join(stack, filepath.FromSlash(rel)))
		if !ok {
			got = "-"
		}
		if got != want {
			t.Errorf("Part(%s) = %q, want %q", rel, got, want)
		}
	}
}

func TestIsFirstRootOfAPart(t *testing.T) {
	top := layout(t, map[string]string{
		".git/HEAD":                            "",
		"env/us-east-1/network/x.tf":           root,
		"env/us-east-1/prod/x.tf":              root,
		"env/us-east-1/staging/a/x.tf":         root,
		"env/us-east-1/staging/b/x.tf":         root,
		"env/us-east-1/a-examples/x.tf":        root,
		"env/us-east-1/examples/complete/x.tf": root,
	})
	stack := filepath.Join(top, "env/us-east-1")
	names := NewNames(DefaultRoles, DefaultEnvironments)
	for dir, want := range map[string]bool{
		"a-examples": true, "network": false, "prod": true, "staging/a": true, "staging/b": false, "examples/complete": false,
	} {
		if got := IsFirstRoot(repository.Around(top, ""), stack, filepath.Join(stack, dir), names); got != want {
			t.Errorf("IsFirstRoot(%s) = %v, want %v", dir, got, want)
		}
	}
}
