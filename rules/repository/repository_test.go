package repository

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func layout(t testing.TB, files map[string]string) string {
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

func TestCalledDirectories(t *testing.T) {
	root := layout(t, map[string]string{
		".git/HEAD":                       "ref: refs/heads/main\n",
		"main.tf":                         `provider "aws" { region = "us-east-1" }`,
		"live/prod/main.tf":               `module "net" { source = "../../modules/network" }`,
		"live/prod/app.tf.json":           `{"module": {"app": {"source": "../../modules/app"}}}`,
		"modules/network/main.tf":         `provider "aws" { region = var.region }`,
		"modules/app/main.tf":             `resource "aws_instance" "a" {}`,
		"modules/unused/main.tf":          `provider "aws" { region = "us-east-1" }`,
		"examples/basic/main.tf":          `module "this" { source = "../.." }`,
		"registry/main.tf":                `module "vpc" { source = "terraform-aws-modules/vpc/aws" }`,
		"broken/main.tf":                  `module "x" { source = `,
		"self/main.tf":                    `module "self" { source = "./" }`,
		".terraform/modules/x/main.tf":    `module "y" { source = "../../../modules/unused" }`,
		"dynamic/main.tf":                 `module "d" { source = "../${var.x}" }`,
		"modules/app/nested/variables.tf": `variable "x" {}`,
	})
	repo := Around(filepath.Join(root, "live", "prod"), "")
	if repo == nil || repo.Root != root {
		t.Fatalf("Around = %+v, want root %s", repo, root)
	}
	for dir, want := range map[string]bool{
		"modules/network": true,
		"modules/app":     true,
		".":               true, // examples/basic calls "../.."
		"modules/unused":  false,
		"live/prod":       false,
		"self":            false,
		"registry":        false,
	} {
		if got := repo.IsCalled(filepath.Join(root, dir)); got != want {
			t.Errorf("IsCalled(%s) = %v, want %v", dir, got, want)
		}
	}
	var rel []string
	for _, d := range repo.Dirs() {
		r, _ := filepath.Rel(root, d)
		rel = append(rel, r)
	}
	want := []string{".", "broken", "dynamic", "examples/basic", "live/prod", "modules/app", "modules/app/nested", "modules/network", "modules/unused", "registry", "self"}
	if !reflect.DeepEqual(rel, want) {
		t.Errorf("Dirs = %v, want %v", rel, want)
	}
}

func TestNoRepository(t *testing.T) {
	dir := layout(t, map[string]string{"main.tf": ""})
	if FindRoot(dir) != "" {
		t.Skip("the temporary directory is inside a repository")
	}
	if Around(dir, "") != nil {
		t.Fatal("a directory outside any repository has no repository")
	}
}

// BenchmarkRead measures what every worker of a recursive run pays to learn
// which directories are called: one walk of a repository of 300 directories
// (100 stacks of a root calling two local modules), parsing only the files
// that mention a module block.
func BenchmarkRead(b *testing.B) {
	dir := b.TempDir()
	write := func(name, src string) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write(".git/HEAD", "ref: refs/heads/main\n")
	var resources strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&resources, "resource \"aws_sqs_queue\" \"q%d\" {\n  name = \"q%d\"\n  tags = { Environment = \"prod\" }\n}\n", i, i)
	}
	for i := 0; i < 100; i++ {
		stack := fmt.Sprintf("stacks/s%03d", i)
		write(stack+"/live/main.tf", "provider \"aws\" {\n  region = \"us-east-1\"\n}\nmodule \"net\" {\n  source = \"../modules/net\"\n}\nmodule \"app\" {\n  source = \"../modules/app\"\n}\n")
		write(stack+"/modules/net/main.tf", resources.String())
		write(stack+"/modules/app/main.tf", resources.String())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		repo := &Repository{Root: dir, index: &index{}}
		if !repo.IsCalled(filepath.Join(dir, "stacks/s000/modules/net")) {
			b.Fatal("the module is called")
		}
	}
}

// A source may name a called directory through a symbolic link, by a name
// that the directory's own does not share.
func TestCalledThroughSymlink(t *testing.T) {
	root := layout(t, map[string]string{
		".git/HEAD":            "ref: refs/heads/main\n",
		"modules/real/main.tf": `resource "aws_sqs_queue" "q" {}`,
		"live/main.tf":         `module "m" { source = "../alias" }`,
	})
	if err := os.Symlink(filepath.Join(root, "modules", "real"), filepath.Join(root, "alias")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if !Around(root, "").IsCalled(filepath.Join(root, "modules", "real")) {
		t.Error("modules/real is called through the link alias")
	}
}
