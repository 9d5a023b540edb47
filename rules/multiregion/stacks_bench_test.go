package multiregion

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/stacks"
)

// stackBenchRepository lays out a per-region repository of 100 directories:
// 4 regions × 20 layer roots (each calling a local module), and 20 modules.
func stackBenchRepository(b *testing.B) string {
	files := map[string]string{}
	for i := 0; i < 20; i++ {
		files[fmt.Sprintf("modules/m%02d/main.tf", i)] = "variable \"n\" {\n  default = 1\n}\nresource \"aws_vpc\" \"v\" {\n  count = var.n\n}\nresource \"aws_subnet\" \"s\" {}\nresource \"aws_instance\" \"i\" {}\n"
	}
	for _, region := range []string{"us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"} {
		for i := 0; i < 20; i++ {
			files[fmt.Sprintf("live/%s/layer%02d/main.tf", region, i)] = fmt.Sprintf(
				"terraform {\n  backend \"s3\" {}\n}\nprovider \"aws\" {\n  region = var.region\n}\nvariable \"region\" {}\nmodule \"m\" {\n  source = \"../../../modules/m%02d\"\n}\nresource \"aws_security_group\" \"sg\" {}\n", i)
			files[fmt.Sprintf("live/%s/layer%02d/terraform.tfvars", region, i)] = fmt.Sprintf("region = %q\n", region)
		}
	}
	return ruletest.Repository(b, files)
}

// BenchmarkStacksFirstRoot is what the worker of a stack's first root adds:
// it reads the four stacks of its level (80 roots and the modules they call).
func BenchmarkStacksFirstRoot(b *testing.B) {
	top := stackBenchRepository(b)
	repo := repository.Around(top, "")
	repo.IsCalled(top) // the walk every worker already pays; see BenchmarkRepositoryWalk
	dir := filepath.Join(top, "live/us-west-2/layer00")
	settings, _ := stackSettingsFrom(ruleConfig{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		reader := newStackReader(repo, model.Settings{}, defaultGroups, settings)
		for _, level := range stacks.Levels(repo, dir, settings.names) {
			if stacks.IsFirstRoot(repo, level.Stack, dir, settings.names) {
				reader.compare(level, "")
			}
		}
	}
}

// BenchmarkStacksOtherRoot is what every other worker adds: it lists its
// stack's parent and finds that an earlier root speaks for the stack.
func BenchmarkStacksOtherRoot(b *testing.B) {
	top := stackBenchRepository(b)
	repo := repository.Around(top, "")
	repo.IsCalled(top)
	dir := filepath.Join(top, "live/us-west-2/layer07")
	settings, _ := stackSettingsFrom(ruleConfig{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, level := range stacks.Levels(repo, dir, settings.names) {
			if stacks.IsFirstRoot(repo, level.Stack, dir, settings.names) {
				b.Fatal("layer07 is not the first root of its stack")
			}
		}
	}
}

// BenchmarkRepositoryWalk is the walk of the whole repository that every
// worker makes once to tell modules from configuration roots (IsCalled).
func BenchmarkRepositoryWalk(b *testing.B) {
	top := stackBenchRepository(b)
	dir := filepath.Join(top, "modules/m00")
	for i := 0; i < b.N; i++ {
		r := &repository.Repository{Root: top}
		if !r.IsCalled(dir) {
			b.Fatal("modules/m00 is called")
		}
	}
}
