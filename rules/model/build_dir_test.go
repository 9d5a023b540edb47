package model

import (
	"os"
	"path/filepath"
	"testing"
)

func writeTree(t *testing.T, files map[string]string) string {
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
	return dir
}

func TestBuildDirReadsTheRootItsModulesAndItsVariableFiles(t *testing.T) {
	dir := writeTree(t, map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		"live/us-west-2/app/main.tf": `
variable "region" { default = "us-east-1" }
variable "dr_region" {}
variable "computed" {}
variable "json" {}
variable "unset" {}
provider "aws" { region = var.region }
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
module "net" { source = "../../../modules/net" }
resource "aws_s3_bucket" "b" { bucket = var.computed }
resource "aws_s3_bucket" "c" { bucket = var.unset }
`,
		"live/us-west-2/app/terraform.tfvars":   "region = \"eu-west-1\"\ndr_region = \"eu-central-1\"\ncomputed = upper(\"x\")\n",
		"live/us-west-2/app/b.auto.tfvars":      "region = \"us-west-2\"\n",
		"live/us-west-2/app/a.auto.tfvars.json": `{"region": "ap-south-1", "json": "j"}`,
		"live/us-west-2/app/ignored.tfvars":     "region = \"sa-east-1\"\n",
		"modules/net/main.tf":                   `resource "aws_vpc" "v" {}`,
	})
	cfg, ok := BuildDir(filepath.Join(dir, "live/us-west-2/app"), Settings{})
	if !ok {
		t.Fatal("BuildDir failed")
	}
	if !cfg.IsRoot || !cfg.IsConfigurationRoot {
		t.Errorf("IsRoot = %v, IsConfigurationRoot = %v; want a configuration root", cfg.IsRoot, cfg.IsConfigurationRoot)
	}
	if got := cfg.Module.Provider("aws").Region.Name; got != "us-west-2" {
		t.Errorf("default region = %q, want us-west-2 (the last auto.tfvars file wins)", got)
	}
	if got := cfg.Module.Provider("aws.dr").Region.Name; got != "eu-central-1" {
		t.Errorf("dr region = %q, want eu-central-1 from terraform.tfvars", got)
	}
	for name, known := range map[string]bool{"computed": false, "unset": false, "json": true} {
		if v := cfg.Module.computeVar(name); v.IsWhollyKnown() != known {
			t.Errorf("var.%s = %#v, known %v", name, v, known)
		}
	}
	var vpc *Resource
	for _, r := range cfg.AllResources() {
		if r.Type == "aws_vpc" {
			vpc = r
		}
	}
	if vpc == nil || vpc.Region.Name != "us-west-2" {
		t.Errorf("the local module's VPC = %+v, want it in us-west-2", vpc)
	}
}

func TestBuildDirFailsOnWhatItCannotRead(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"broken/main.tf":        `provider "aws" {`,
		"broken/ok.tf":          `provider "aws" { region = "us-east-1" }`,
		"badvars/main.tf":       `provider "aws" { region = "us-east-1" }`,
		"badvars/x.auto.tfvars": "region = ",
		"empty/README.md":       "",
	})
	for _, sub := range []string{"broken", "badvars", "empty", "missing"} {
		if _, ok := BuildDir(filepath.Join(dir, sub), Settings{}); ok {
			t.Errorf("%s: BuildDir succeeded", sub)
		}
	}
}

func TestBuildDirOfACalledDirectoryIsNoConfigurationRoot(t *testing.T) {
	dir := writeTree(t, map[string]string{
		".git/HEAD":            "",
		"main.tf":              `module "p" { source = "./modules/primary" }`,
		"modules/primary/p.tf": `provider "aws" { region = "us-east-1" }`,
	})
	cfg, ok := BuildDir(filepath.Join(dir, "modules/primary"), Settings{})
	if !ok || cfg.IsConfigurationRoot || !cfg.IsCalledModule {
		t.Errorf("ok = %v, cfg = %+v; want a called module", ok, cfg)
	}
}
