// Package multiregion is the aws_multi_region_incomplete rule: every region a
// multi-region configuration deploys to must host the same core service
// groups, so that any region can take over the workload when another fails.
//
// The parts: rule.go (the rule, its settings and what it reads), groups.go
// (the core service groups), analysis.go (which groups each region of one
// root hosts), replicas.go and artifacts.go (resources that place no group of
// their own: copies of another region's data, CI/CD artifact stores),
// opaque.go (regions unreadable module calls may deploy to), findings.go
// (regions of one root that lack a group), and the comparison across root
// directories laid out per region or role: stacks.go (settings, reporting),
// stackread.go (reading a stack from disk), stackmerge.go (merging a level's
// roots), stackcompare.go (the verdict and its message).
package multiregion

import (
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
)

// Rule requires every deployment region of a multi-region configuration to
// host the same core service groups.
type Rule struct {
	tflint.DefaultRule
}

// New returns the rule.
func New() *Rule {
	return &Rule{}
}

func (r *Rule) Name() string              { return "aws_multi_region_incomplete" }
func (r *Rule) Enabled() bool             { return true }
func (r *Rule) Severity() tflint.Severity { return tflint.WARNING }
func (r *Rule) Link() string              { return project.ReferenceLink(r.Name()) }

type ruleConfig struct {
	// Groups replaces the default groups: group name → resource types.
	Groups map[string][]string `hclext:"groups,optional"`
	// StackRoles replaces the role words that name stacks (stacks.go).
	StackRoles []string `hclext:"stack_roles,optional"`
	// StackEnvironments replaces the environment words whose directories
	// inside a stack are compared like with like.
	StackEnvironments []string `hclext:"stack_environments,optional"`
	// ExemptStacks are stacks left out of the comparison across root directories.
	ExemptStacks []string `hclext:"exempt_stacks,optional"`
}

// Reads is what the rule reads besides the attributes every body exposes,
// and what the deployment regions are worked out from.
func (r *Rule) Reads() []model.Reads {
	return append(awsfacts.RegionReads(),
		model.Reads{Paths: []string{
			"replica{}.region_name", "replicate_source_db", "replication_source_identifier",
			"global_replication_group_id", "rule{}.destination{}.bucket",
			"replication_configuration{}.rules{}.destination{}.bucket",
		}},
		model.Reads{Types: []string{"aws_s3_bucket"}, Paths: []string{"bucket"}},
		model.Reads{Types: []string{"aws_codepipeline"}, Paths: artifactStorePaths["aws_codepipeline"]},
		model.Reads{Types: []string{"aws_codebuild_project"}, Paths: artifactStorePaths["aws_codebuild_project"]},
	)
}

func (r *Rule) Check(runner tflint.Runner) error {
	var conf ruleConfig
	if err := ruleconfig.Decode(runner, r.Name(), &conf); err != nil {
		return err
	}
	groups, err := groupsFrom(conf.Groups)
	if err != nil {
		return &ruleconfig.Error{Rule: r.Name(), Err: err}
	}
	stackSettings, err := stackSettingsFrom(conf)
	if err != nil {
		return &ruleconfig.Error{Rule: r.Name(), Err: err}
	}
	cfg := model.For(runner)
	if !cfg.IsConfigurationRoot || len(groups) == 0 {
		return nil
	}
	rep := report.New(runner, r)
	// One subject for every finding of the root, so that findings at one
	// anchor keep all their messages.
	subject := cfg.Module.AbsDir()
	for _, f := range newAnalysis(cfg, groups).findings() {
		rep.Report(report.Finding{Subject: subject, Message: f.message, Range: f.at})
	}
	reportStacks(rep, cfg, groups, stackSettings)
	return rep.Flush()
}
