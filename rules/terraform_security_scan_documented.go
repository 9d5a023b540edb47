package rules

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/scandocs"
)

// TerraformSecurityScanDocumentedRule requires a configuration's repository to
// document or automate a static security scan of the Terraform code.
type TerraformSecurityScanDocumentedRule struct {
	tflint.DefaultRule
}

// NewTerraformSecurityScanDocumentedRule returns the rule.
func NewTerraformSecurityScanDocumentedRule() *TerraformSecurityScanDocumentedRule {
	return &TerraformSecurityScanDocumentedRule{}
}

func (r *TerraformSecurityScanDocumentedRule) Name() string {
	return "terraform_security_scan_documented"
}
func (r *TerraformSecurityScanDocumentedRule) Enabled() bool             { return true }
func (r *TerraformSecurityScanDocumentedRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *TerraformSecurityScanDocumentedRule) Link() string              { return project.ReferenceLink(r.Name()) }

// Check judges configuration roots only: reusable modules are scanned with
// the configurations that call them. Whether a scan is documented is a fact
// about a repository, so one configuration root reports it: the first in path
// order under the directory TFLint started in that finds no documentation.
// Every worker of `tflint --recursive` elects the same one, and tflint run
// in any one root still reports there. The search itself is scandocs'.
func (r *TerraformSecurityScanDocumentedRule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	if !cfg.IsConfigurationRoot {
		return nil
	}
	var at hcl.Range
	switch {
	case len(cfg.Module.TerraformBlocks) > 0:
		at = cfg.Module.TerraformBlocks[0].DefRange
	case cfg.Module.FirstBlock != nil:
		at = *cfg.Module.FirstBlock
	default:
		return nil
	}
	dir := cfg.Module.AbsDir()
	repo := cfg.Repository()
	root := ""
	if repo != nil {
		root = repo.Root
	}
	if scandocs.Find(dir, root) != "" {
		return nil
	}
	start := cfg.Settings.Start
	if start == "" {
		start = dir
	}
	if repo != nil && earlierUndocumentedRoot(repo, start, dir) {
		return nil
	}
	rep := report.New(runner, r)
	rep.Report(report.Finding{Message: "No security scan is documented for this configuration: from here up to the repository root, no README, CONTRIBUTING, Markdown page under docs/, pre-commit hook, CI pipeline, Makefile or scanner settings file sets up tfsec, Trivy, Checkov, Terrascan, KICS or Snyk IaC. Show how to run one (e.g. `trivy config .` in the README) or run it in CI, so that misconfigurations are caught before terraform apply.", Range: at})
	return rep.Flush()
}

// earlierUndocumentedRoot reports whether a configuration root that comes
// before dir in path order, under the directory TFLint started in, also finds
// no documented scan: that root reports the repository's finding.
func earlierUndocumentedRoot(repo *repository.Repository, start, dir string) bool {
	start, err := repository.Canonical(start)
	if err != nil {
		return false
	}
	dir, err = repository.Canonical(dir)
	if err != nil {
		return false
	}
	for _, other := range repo.Dirs() {
		if other >= dir {
			return false
		}
		if !repository.Within(other, start) {
			continue
		}
		if scandocs.Find(other, repo.Root) == "" && model.IsConfigurationRootDir(repo, other) {
			return true
		}
	}
	return false
}
