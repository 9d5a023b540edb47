package repository

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestCallers(t *testing.T) {
	root := layout(t, map[string]string{
		".git/HEAD":                  "ref: refs/heads/main\n",
		"live/prod/main.tf":          `module "app" { source = "../../modules/app" }`,
		"live/prod/more.tf":          `module "app2" { source = "../../modules/app" }`,
		"live/dev/main.tf.json":      `{"module": {"app": {"source": "../../modules/app"}}}`,
		"modules/app/main.tf":        `module "db" { source = "../db" }`,
		"modules/db/main.tf":         `resource "aws_db_instance" "d" {}`,
		"modules/unused/main.tf":     `resource "aws_sns_topic" "t" {}`,
		"modules/app/self/main.tf":   `module "self" { source = "./" }`,
		"registry/main.tf":           `module "vpc" { source = "terraform-aws-modules/vpc/aws" }`,
		"modules/app/nested/vars.tf": `variable "x" {}`,
	})
	repo := Around(root, "")
	abs := func(dirs ...string) []string {
		var out []string
		for _, d := range dirs {
			out = append(out, filepath.Join(root, d))
		}
		return out
	}
	for dir, want := range map[string][]string{
		"modules/app":      abs("live/dev", "live/prod"),
		"modules/db":       abs("modules/app"),
		"modules/unused":   nil,
		"live/prod":        nil,
		"modules/app/self": nil,
	} {
		if got := repo.Callers(filepath.Join(root, dir)); !reflect.DeepEqual(got, want) {
			t.Errorf("Callers(%s) = %v, want %v", dir, got, want)
		}
	}
}

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

// BenchmarkRootsCalling measures what a worker of a recursive run pays for
// the election of a module that 100 roots call, each root a file of 40
// resources beside its module block: one walk, and one read of each module
// file per step away from the module.
func BenchmarkRootsCalling(b *testing.B) {
	files := map[string]string{".git/HEAD": "ref: refs/heads/main\n", "modules/shared/main.tf": `resource "aws_sns_topic" "t" {}`}
	var resources strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&resources, "resource \"aws_sqs_queue\" \"q%d\" {\n  name = \"q%d\"\n  tags = { Environment = \"prod\" }\n}\n", i, i)
	}
	for i := 0; i < 100; i++ {
		files[fmt.Sprintf("live/r%03d/main.tf", i)] = "module \"shared\" {\n  source = \"../../modules/shared\"\n}\n" + resources.String()
	}
	dir := layout(b, files)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		repo := &Repository{Root: dir, index: &index{}}
		if len(repo.RootsCalling(filepath.Join(dir, "modules", "shared"))) != 100 {
			b.Fatal("100 roots call the module")
		}
	}
}
