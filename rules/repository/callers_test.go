package repository

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestRootsCalling: the roots that reach a module directory, directly or
// through other modules, whatever the depth, once each and in path order;
// cycles end, and a module nobody calls by a literal local source has none.
func TestRootsCalling(t *testing.T) {
	root := layout(t, map[string]string{
		".git/HEAD":                    "ref: refs/heads/main\n",
		"live/b/main.tf":               `module "db" { source = "../../modules/db" }`,
		"live/a/main.tf":               `module "app" { source = "../../modules/app" }`,
		"live/a/extra.tf":              `module "db" { source = "../../modules/db" }`,
		"examples/db/main.tf":          `module "db" { source = "../../modules/db" }`,
		"modules/app/main.tf":          `module "db" { source = "../db" }`,
		"modules/db/main.tf":           `module "self" { source = "./" }`,
		"modules/ring/a/main.tf":       `module "b" { source = "../b" }`,
		"modules/ring/b/main.tf":       `module "a" { source = "../a" }`,
		"modules/lonely/main.tf":       `resource "aws_sns_topic" "t" {}`,
		"modules/registry/main.tf":     `module "vpc" { source = "terraform-aws-modules/vpc/aws" }`,
		".terraform/modules/x/main.tf": `module "db" { source = "../../../modules/lonely" }`,
	})
	repo := Around(root, "")
	rel := func(dirs []string) []string {
		var out []string
		for _, d := range dirs {
			r, _ := filepath.Rel(root, d)
			out = append(out, r)
		}
		return out
	}
	for dir, want := range map[string][]string{
		"modules/db":     {"examples/db", "live/a", "live/b"},
		"modules/app":    {"live/a"},
		"modules/ring/a": nil,
		"modules/lonely": nil,
		"live/a":         nil,
	} {
		if got := rel(repo.RootsCalling(filepath.Join(root, dir))); !reflect.DeepEqual(got, want) {
			t.Errorf("RootsCalling(%s) = %v, want %v", dir, got, want)
		}
	}
	if !repo.IsCalled(filepath.Join(root, "modules", "app")) || repo.IsCalled(filepath.Join(root, "live", "a")) {
		t.Error("IsCalled disagrees with the callers RootsCalling found")
	}
}
