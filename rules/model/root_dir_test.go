package model

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

const rootSrc = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n"

// buildIn builds the root in sub of dir as a run started in start does
// (the test runner's GetOriginalwd is the working directory).
func buildIn(t *testing.T, dir, sub, start string) *Config {
	t.Helper()
	t.Chdir(start)
	file := filepath.Join(dir, sub, "main.tf")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return Build(helper.TestRunner(t, map[string]string{file: string(src)}), Settings{Schema: testSchema})
}

// TestSamplesAreNotConfigurationRoots: examples and tests of a module are
// configurations nobody deploys, wherever they lie under the repository's top.
func TestSamplesAreNotConfigurationRoots(t *testing.T) {
	dir := writeTree(t, map[string]string{
		".git/HEAD":                        "ref: refs/heads/main\n",
		"live/prod/main.tf":                rootSrc,
		"examples/basic/main.tf":           rootSrc,
		"example/main.tf":                  rootSrc,
		"tests/unit/main.tf":               rootSrc,
		"modules/vpc/test/main.tf":         rootSrc,
		"live/examples-of-prod/main.tf":    rootSrc,
		"modules/vpc/examples/hub/main.tf": rootSrc,
	})
	for sub, root := range map[string]bool{
		"live/prod": true, "live/examples-of-prod": true,
		"examples/basic": false, "example": false, "tests/unit": false, "modules/vpc/test": false, "modules/vpc/examples/hub": false,
	} {
		if c := buildIn(t, dir, sub, dir); c.IsConfigurationRoot != root || c.IsCalledModule {
			t.Errorf("%s: IsConfigurationRoot = %v, IsCalledModule = %v; want %v, false", sub, c.IsConfigurationRoot, c.IsCalledModule, root)
		}
		if got := IsConfigurationRootDir(repository.Around(dir, ""), filepath.Join(dir, sub)); got != root {
			t.Errorf("IsConfigurationRootDir(%s) = %v, want %v", sub, got, root)
		}
	}
	// A run started in the example itself was asked to judge it.
	if c := buildIn(t, dir, "examples/basic", filepath.Join(dir, "examples", "basic")); !c.IsConfigurationRoot {
		t.Error("started in examples/basic, the example is judged as a configuration root")
	}
}

// TestWithoutGitTheStartIsTheTop: in an unpacked archive (no .git), a run
// started at its top still tells called module directories from roots, and
// examples from deployments; a run started elsewhere knows no repository.
func TestWithoutGitTheStartIsTheTop(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"live/prod/main.tf":      rootSrc + "module \"eks\" {\n  source = \"../../modules/eks\"\n}\n",
		"modules/eks/main.tf":    "provider \"aws\" {\n  region = var.region\n}\nvariable \"region\" {}\n",
		"examples/basic/main.tf": rootSrc,
	})
	if repository.FindRoot(dir) != "" {
		t.Skip("the temporary directory is inside a repository")
	}
	for sub, want := range map[string][2]bool{ // IsConfigurationRoot, IsCalledModule
		"live/prod": {true, false}, "modules/eks": {false, true}, "examples/basic": {false, false},
	} {
		c := buildIn(t, dir, sub, dir)
		if c.IsConfigurationRoot != want[0] || c.IsCalledModule != want[1] {
			t.Errorf("started at the top, %s: IsConfigurationRoot = %v, IsCalledModule = %v; want %v", sub, c.IsConfigurationRoot, c.IsCalledModule, want)
		}
		if cfg, ok := BuildDir(filepath.Join(dir, sub), c.Settings); !ok || cfg.IsConfigurationRoot != want[0] {
			t.Errorf("BuildDir(%s) with the run's settings: ok %v", sub, ok)
		}
	}
	// Started in the module's own directory, the run sees nothing above it.
	if c := buildIn(t, dir, "modules/eks", filepath.Join(dir, "modules", "eks")); !c.IsConfigurationRoot || c.Repository() == nil {
		t.Errorf("started in modules/eks: IsConfigurationRoot = %v, repository %v", c.IsConfigurationRoot, c.Repository())
	}
	// Started beside the tree, the run has no repository: every root is a root.
	if c := buildIn(t, dir, "examples/basic", t.TempDir()); !c.IsConfigurationRoot || c.Repository() != nil {
		t.Errorf("started outside: IsConfigurationRoot = %v, repository %v", c.IsConfigurationRoot, c.Repository())
	}
}

// TestMayDecideRoot: a file is left unparsed only when no line starts with
// a block that decides whether its directory is a root.
func TestMayDecideRoot(t *testing.T) {
	for src, want := range map[string]bool{
		"resource \"aws_s3_bucket\" \"b\" {\n  provider = aws.west\n  tags = { ManagedBy = \"terraform\" }\n}\n": false,
		"output \"id\" {\n  value = module.x.id\n}\nvariables_doc = 1\n":                                         false,
		"provider \"aws\" {}\n":                   true,
		"  terraform {\n}\n":                      true,
		"\ufeffterraform{\n}\n":                   true,
		"module x {\n}\n":                         true,
		"locals {\n}\n":                           true,
		"variable \"v\" {}":                       true,
		"/* c */ provider \"aws\" {}\n":           true,
		"resource \"a\" \"b\" {}\r\nprovider\r\n": true,
	} {
		if got := mayDecideRoot([]byte(src)); got != want {
			t.Errorf("mayDecideRoot(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestRootDirReadsDecidingFilesOnly: a directory whose provider lies in one
// file and whose resources lie in another is a root, read or not in full.
func TestRootDirReadsDecidingFilesOnly(t *testing.T) {
	dir := writeTree(t, map[string]string{
		".git/HEAD":                   "ref: refs/heads/main\n",
		"live/prod/providers.tf":      rootSrc,
		"live/prod/main.tf":           "resource \"aws_s3_bucket\" \"b\" {\n  provider = aws\n}\n",
		"live/broken/main.tf":         "resource \"aws_s3_bucket\" \"b\" {\n",
		"live/broken/providers.tf":    rootSrc,
		"live/resources-only/main.tf": "resource \"aws_s3_bucket\" \"b\" {}\n",
	})
	repo := repository.Around(dir, "")
	for sub, want := range map[string]bool{"live/prod": true, "live/broken": true, "live/resources-only": false} {
		if got := IsConfigurationRootDir(repo, filepath.Join(dir, sub)); got != want {
			t.Errorf("IsConfigurationRootDir(%s) = %v, want %v", sub, got, want)
		}
	}
}
