package repository

import (
	"path/filepath"
	"reflect"
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
