package multiregion

import (
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// Layers of a per-region layout; %s is the region.
const (
	stackNetwork = `provider "aws" {
  region = "%s"
}
resource "aws_vpc" "main" {}
resource "aws_subnet" "private" {
  vpc_id = aws_vpc.main.id
}
`
	stackApp = `provider "aws" {
  region = "%s"
}
resource "aws_instance" "web" {}
resource "aws_lb" "web" {}
`
	stackData = `provider "aws" {
  region = "%s"
}
resource "aws_db_instance" "main" {}
`
	stackAll = stackNetwork + `resource "aws_instance" "web" {}
resource "aws_lb" "web" {}
resource "aws_db_instance" "main" {}
`
)

func layer(src, region string) string { return fmt.Sprintf(src, region) }

// stackWant is an issue of a recursive run: where ("dir/file:line") and
// what its message must match.
type stackWant struct{ at, message string }

// checkStacksRecursively runs the rule in every directory of a repository,
// as `tflint --recursive` does, and checks the issues of the whole run.
func checkStacksRecursively(t *testing.T, files map[string]string, wants []stackWant) {
	t.Helper()
	top := ruletest.Repository(t, files)
	var got []string
	for _, dir := range ruletest.TerraformDirs(files) {
		runner := ruletest.DirRunner(t, top, dir)
		rule := New()
		if err := rule.Check(ruletest.Strict(rule, runner, model.Settings{})); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, issue := range runner.Issues {
			rel, _ := filepath.Rel(top, issue.Range.Filename)
			got = append(got, fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), issue.Range.Start.Line, issue.Message))
		}
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d issues, want %d:\n%s", len(got), len(wants), strings.Join(got, "\n"))
	}
	for i, w := range wants {
		if !strings.HasPrefix(got[i], w.at+" ") || !regexp.MustCompile(w.message).MatchString(got[i]) {
			t.Errorf("issue %d = %s\nwant at %s matching %s", i, got[i], w.at, w.message)
		}
	}
}

func TestStacksAcrossRootDirectories(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		wants []stackWant
	}{
		{
			name: "a per-region layout with a missing layer",
			files: map[string]string{
				"live/us-east-1/network/main.tf": layer(stackNetwork, "us-east-1"),
				"live/us-east-1/app/main.tf":     layer(stackApp, "us-east-1"),
				"live/us-west-2/network/main.tf": layer(stackNetwork, "us-west-2"),
				"live/us-west-2/storage/main.tf": "provider \"aws\" {\n  region = \"us-west-2\"\n}\nresource \"aws_kms_key\" \"logs\" {}\n",
			},
			wants: []stackWant{{"live/us-west-2/network/main.tf:1", regexp.QuoteMeta(`The stack in live/us-west-2 (us-west-2) lacks compute, load_balancing, present in its counterpart live/us-east-1 (us-east-1): aws_instance.web in live/us-east-1/app, aws_lb.web in live/us-east-1/app.`) + ".*exempt_stacks"}},
		},
		{
			name: "the primary lacks what the secondary has, stacks named by role",
			files: map[string]string{
				"environments/primary/network/main.tf":   layer(stackNetwork, "us-east-1"),
				"environments/secondary/network/main.tf": layer(stackNetwork, "us-west-2"),
				"environments/secondary/data/main.tf":    layer(stackData, "us-west-2"),
			},
			wants: []stackWant{{"environments/primary/network/main.tf:1", `environments/primary \(us-east-1\) lacks database, present in its counterpart environments/secondary \(us-west-2\): aws_db_instance.main in environments/secondary/data`}},
		},
		{
			name: "a complete primary/dr layout with regions from variable files",
			files: map[string]string{
				"environments/primary/network/main.tf":          strings.Replace(layer(stackNetwork, "x"), `"x"`, "var.region", 1) + "variable \"region\" {}\n",
				"environments/primary/network/terraform.tfvars": "region = \"us-east-1\"\n",
				"environments/primary/app/main.tf":              layer(stackApp, "us-east-1"),
				"environments/primary/data/main.tf":             layer(stackData, "us-east-1"),
				"environments/dr/all/main.tf":                   strings.Replace(layer(stackAll, "x"), `"x"`, "var.region", 1) + "variable \"region\" {\n  default = \"us-east-2\"\n}\n",
				"environments/dr/all/dr.auto.tfvars":            "region = \"us-west-2\"\n",
			},
		},
		{
			name: "a region segment that is not the last",
			files: map[string]string{
				"environments/us-east-1/prod/main.tf":  layer(stackAll, "us-east-1"),
				"environments/eu-west-2/prod/main.tf":  layer(stackApp, "eu-west-2"),
				"environments/eu-west-2/prod/.keep.tf": "",
			},
			wants: []stackWant{{"environments/eu-west-2/prod/main.tf:1", `The stack in environments/eu-west-2/prod \(eu-west-2\) lacks vpc, subnets, database, present in its counterpart environments/us-east-1/prod \(us-east-1\)`}},
		},
		{
			name: "an environment only one region has is compared with nothing",
			files: map[string]string{
				"environments/us-east-1/prod/main.tf":    layer(stackAll, "us-east-1"),
				"environments/us-east-1/staging/main.tf": layer(stackAll, "us-east-1") + "resource \"aws_s3_bucket\" \"fixtures\" {}\n",
				"environments/eu-west-2/prod/main.tf":    layer(stackAll, "eu-west-2"),
			},
		},
		{
			name: "environments are compared like with like",
			files: map[string]string{
				"environments/us-east-1/prod/main.tf":    layer(stackAll, "us-east-1"),
				"environments/us-east-1/staging/main.tf": layer(stackApp, "us-east-1"),
				"environments/eu-west-2/prod/main.tf":    layer(stackNetwork+"resource \"aws_instance\" \"web\" {}\nresource \"aws_lb\" \"web\" {}\n", "eu-west-2"),
				"environments/eu-west-2/staging/main.tf": layer(stackData, "eu-west-2"),
			},
			// eu-west-2's staging database does not stand in for its prod one,
			// nor us-east-1's staging compute for eu-west-2's staging.
			wants: []stackWant{
				{"environments/eu-west-2/prod/main.tf:1", `The stack in environments/eu-west-2/prod \(eu-west-2\) lacks database, present in its counterpart environments/us-east-1/prod \(us-east-1\): aws_db_instance.main in environments/us-east-1/prod\.`},
				{"environments/eu-west-2/staging/main.tf:1", `The stack in environments/eu-west-2/staging \(eu-west-2\) lacks compute, load_balancing, present in its counterpart environments/us-east-1/staging`},
				{"environments/us-east-1/staging/main.tf:1", `The stack in environments/us-east-1/staging \(us-east-1\) lacks database, present in its counterpart environments/eu-west-2/staging \(eu-west-2\)`},
			},
		},
		{
			name: "layers beside environments are compared with the counterpart's layers",
			files: map[string]string{
				"live/us-east-1/network/main.tf":  layer(stackNetwork, "us-east-1"),
				"live/us-east-1/prod/app/main.tf": layer(stackApp, "us-east-1"),
				"live/us-west-2/network/main.tf":  layer(stackNetwork, "us-west-2"),
				"live/us-west-2/prod/main.tf":     layer(stackApp, "us-west-2"),
				"live/us-west-2/shared/main.tf":   layer(stackData, "us-west-2"),
			},
			wants: []stackWant{{"live/us-east-1/network/main.tf:1", `The stack in live/us-east-1 \(us-east-1\) lacks database, present in its counterpart live/us-west-2 \(us-west-2\): aws_db_instance.main in live/us-west-2/shared\.`}},
		},
		{
			name: "region-named examples and tests are no stacks",
			files: map[string]string{
				"examples/us-east-1/main.tf":       layer(stackAll, "us-east-1"),
				"examples/us-west-2/main.tf":       layer(stackNetwork, "us-west-2"),
				"tests/us-east-1/main.tf":          layer(stackAll, "us-east-1"),
				"tests/us-west-2/main.tf":          layer(stackNetwork, "us-west-2"),
				"modules/x/test/eu-west-1/main.tf": layer(stackAll, "eu-west-1"),
				"modules/x/test/eu-west-2/main.tf": layer(stackNetwork, "eu-west-2"),
			},
		},
		{
			name: "an example inside a stack is not part of it",
			files: map[string]string{
				"live/us-east-1/main.tf":               layer(stackNetwork, "us-east-1"),
				"live/us-east-1/examples/full/main.tf": layer(stackAll, "us-east-1"),
				"live/us-west-2/main.tf":               layer(stackNetwork, "us-west-2"),
			},
		},
		{
			name: "stack_environments replaces the environment words",
			files: map[string]string{
				"envs/us-east-1/blue/main.tf":      layer(stackAll, "us-east-1"),
				"envs/us-east-1/green/main.tf":     layer(stackData, "us-east-1"),
				"envs/us-west-2/blue/main.tf":      layer(stackAll, "us-west-2"),
				"envs/us-west-2/green/main.tf":     layer(stackNetwork, "us-west-2"),
				"envs/us-west-2/green/.tflint.hcl": "rule \"aws_multi_region_incomplete\" {\n  enabled            = true\n  stack_environments = [\"blue\", \"green\"]\n}\n",
			},
			wants: []stackWant{{"envs/us-west-2/green/main.tf:1", `The stack in envs/us-west-2/green \(us-west-2\) lacks database, present in its counterpart envs/us-east-1/green`}},
		},
		{
			name: "a region split into several layer roots beside a region in one root",
			files: map[string]string{
				"live/us-east-1/main.tf":         layer(stackAll, "us-east-1"),
				"live/us-west-2/app/main.tf":     layer(stackApp, "us-west-2"),
				"live/us-west-2/data/main.tf":    layer(stackData, "us-west-2"),
				"live/us-west-2/network/main.tf": layer(stackNetwork, "us-west-2"),
			},
		},
		{
			name: "a role-named pair of module directories is no stack",
			files: map[string]string{
				"main.tf": `provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
module "primary" {
  source = "./modules/primary"
}
module "dr" {
  source    = "./modules/dr"
  providers = { aws = aws.dr }
}
`,
				"modules/primary/main.tf": "provider \"aws\" {\n  region = \"us-east-1\"\n}\nresource \"aws_vpc\" \"main\" {}\n",
				"modules/dr/main.tf":      "provider \"aws\" {\n  region = \"us-west-2\"\n}\nresource \"aws_vpc\" \"main\" {}\nresource \"aws_instance\" \"web\" {}\n",
			},
			// The root's own check judges the regions its modules deploy to.
			wants: []stackWant{{"main.tf:1", `^main.tf:1 us-east-1 \(provider aws\) lacks compute, present in us-west-2: module.dr.aws_instance.web`}},
		},
		{
			name: "aliases inside a root beside per-region roots",
			files: map[string]string{
				"live/us-east-1/network/main.tf": layer(stackNetwork, "us-east-1"),
				"live/us-east-1/app/main.tf": layer(stackApp, "us-east-1") + `provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_instance" "web_west" {
  provider = aws.west
}
resource "aws_lb" "web_west" {
  provider = aws.west
}
`,
				"live/us-west-2/network/main.tf": layer(stackNetwork, "us-west-2"),
			},
		},
		{
			name: "a cross-region read replica is a database",
			files: map[string]string{
				"live/us-east-1/main.tf": layer(stackNetwork+stackData[strings.Index(stackData, "resource"):], "us-east-1"),
				"live/us-west-2/main.tf": layer(stackNetwork, "us-west-2") + "resource \"aws_db_instance\" \"replica\" {\n  replicate_source_db = \"arn:aws:rds:us-east-1:111122223333:db:main\"\n}\n",
			},
		},
		{
			name: "a stack that only holds data replicas is not judged",
			files: map[string]string{
				"live/us-east-1/main.tf": layer(stackAll, "us-east-1"),
				"live/us-west-2/main.tf": "provider \"aws\" {\n  region = \"us-west-2\"\n}\nresource \"aws_dynamodb_table_replica\" \"r\" {}\n",
			},
		},
		{
			name: "stacks in the same region are no counterparts",
			files: map[string]string{
				"blue-green/active/main.tf":  layer(stackAll, "us-east-1"),
				"blue-green/passive/main.tf": layer(stackNetwork, "us-east-1"),
			},
		},
		{
			name: "a stack whose region is not known gives no verdict",
			files: map[string]string{
				"live/us-east-1/main.tf": layer(stackAll, "us-east-1"),
				"live/us-west-2/main.tf": strings.Replace(layer(stackNetwork, "x"), `"x"`, "var.region", 1) + "variable \"region\" {}\n",
			},
		},
		{
			name: "a counterpart that cannot be read gives no verdict",
			files: map[string]string{
				"live/us-east-1/main.tf":          layer(stackAll, "us-east-1"),
				"live/us-east-1/terraform.tfvars": "region = ",
				"live/us-west-2/main.tf":          layer(stackNetwork, "us-west-2"),
			},
		},
		{
			name: "groups that may sit in an unreadable module are unknown",
			files: map[string]string{
				"live/us-east-1/main.tf": layer(stackAll, "us-east-1"),
				"live/us-west-2/main.tf": layer(stackNetwork, "us-west-2") + "module \"app\" {\n  source = \"terraform-aws-modules/app/aws\"\n}\n",
			},
		},
		{
			name: "exempt_stacks leaves a stack out",
			files: map[string]string{
				"live/us-east-1/main.tf":     layer(stackAll, "us-east-1"),
				"live/us-west-2/main.tf":     layer(stackNetwork, "us-west-2"),
				"live/us-west-2/.tflint.hcl": "rule \"aws_multi_region_incomplete\" {\n  enabled       = true\n  exempt_stacks = [\"live/us-west-2\"]\n}\n",
			},
		},
		{
			name: "stack_roles replaces the role words",
			files: map[string]string{
				"envs/main/main.tf":       layer(stackAll, "us-east-1"),
				"envs/backup/main.tf":     layer(stackNetwork, "us-west-2"),
				"envs/backup/.tflint.hcl": "rule \"aws_multi_region_incomplete\" {\n  enabled     = true\n  stack_roles = [\"main\", \"backup\"]\n}\n",
				"envs/primary/main.tf":    layer(stackAll, "us-east-1"),
				"envs/dr/main.tf":         layer(stackNetwork, "us-west-2"),
			},
			wants: []stackWant{
				{"envs/backup/main.tf:1", `envs/backup \(us-west-2\) lacks compute, database, load_balancing, present in its counterparts? envs/main`},
				{"envs/dr/main.tf:1", `envs/dr \(us-west-2\) lacks compute, database, load_balancing, present in its counterpart envs/primary`},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkStacksRecursively(t, tc.files, tc.wants) })
	}
}

func TestStackSettingsErrors(t *testing.T) {
	for _, conf := range []ruleConfig{
		{StackRoles: []string{""}},
		{StackRoles: []string{"a/b"}},
		{ExemptStacks: []string{"/live/us-west-2"}},
		{ExemptStacks: []string{""}},
		{StackEnvironments: []string{"prod/eu"}},
	} {
		if _, err := stackSettingsFrom(conf); err == nil {
			t.Errorf("%+v: no error", conf)
		}
	}
	s, err := stackSettingsFrom(ruleConfig{ExemptStacks: []string{"live/us-west-2"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, rel := range []string{"live/us-west-2", "repo/live/us-west-2", "xlive/us-west-2", "live/us-west-2/app"} {
		got[rel] = s.isExempt(rel)
	}
	want := map[string]bool{"live/us-west-2": true, "repo/live/us-west-2": true, "xlive/us-west-2": false, "live/us-west-2/app": false}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("isExempt = %v, want %v", got, want)
	}
}
