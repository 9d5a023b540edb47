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
	})
	repo := repository.Enclosing(top)
	names := NewNames(DefaultRoles)
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
	} {
		var got []level
		for _, l := range Levels(repo, filepath.Join(top, dir), names) {
			got = append(got, level{rel(l.Stack)[0], rel(l.Counterparts...)})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Levels(%s) = %v, want %v", dir, got, want)
		}
	}
	custom := NewNames([]string{"custom-word"})
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
		if got := IsFirstRoot(stack, filepath.Join(stack, dir)); got != want {
			t.Errorf("IsFirstRoot(%s) = %v, want %v", dir, got, want)
		}
	}
}
