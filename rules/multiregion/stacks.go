package multiregion

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/stacks"
)

// stackSettings are the rule's settings about stacks across root
// directories (see stacks): which directory names are role and environment
// words, and which stacks are deliberately different from their counterparts.
type stackSettings struct {
	names  stacks.Names
	exempt []string
}

func stackSettingsFrom(conf ruleConfig) (stackSettings, error) {
	roles, err := directoryNames("stack_roles", conf.StackRoles, stacks.DefaultRoles)
	if err != nil {
		return stackSettings{}, err
	}
	environments, err := directoryNames("stack_environments", conf.StackEnvironments, stacks.DefaultEnvironments)
	if err != nil {
		return stackSettings{}, err
	}
	for _, stack := range conf.ExemptStacks {
		if clean := strings.Trim(stack, "/"); clean == "" || clean != stack {
			return stackSettings{}, fmt.Errorf("exempt_stacks: %q is not a directory path such as \"live/eu-west-2\"", stack)
		}
	}
	return stackSettings{names: stacks.NewNames(roles, environments), exempt: conf.ExemptStacks}, nil
}

// directoryNames is a setting that lists directory names, else its defaults.
func directoryNames(setting string, configured, defaults []string) ([]string, error) {
	if configured == nil {
		return defaults, nil
	}
	for _, name := range configured {
		if name == "" || strings.Contains(name, "/") {
			return nil, fmt.Errorf("%s: %q is not a directory name", setting, name)
		}
	}
	return configured, nil
}

// isExempt reports whether exempt_stacks names a stack: its path under the
// repository, or the end of that path (whole segments), so that the setting
// reads the same from any directory a run starts in.
func (s stackSettings) isExempt(rel string) bool {
	for _, e := range s.exempt {
		if rel == e || strings.HasSuffix(rel, "/"+e) {
			return true
		}
	}
	return false
}

// reportStacks compares the stack of a configuration root with its
// counterpart stacks in sibling directories (live/us-east-1 beside
// live/us-west-2), part with part (stacks.Names.Part), and reports what the
// root's part lacks at the part's first root: the root under check when it
// is that one. Everything compared is read from disk, so every worker of a
// recursive run, and a run in that root alone, reaches the same verdict.
func reportStacks(rep *report.Reporter, cfg *model.Config, groups []group, settings stackSettings) {
	dir := cfg.Module.AbsDir()
	repo := cfg.Repository()
	if repo == nil {
		return
	}
	at, ok := stackAnchor(cfg)
	if !ok {
		return
	}
	// Other directories are read as this one was, but the plugin's regions
	// setting is about one configuration, not each stack.
	read := cfg.Settings
	read.Regions = nil
	reader := newStackReader(repo, read, groups, settings)
	canonical, err := repository.Canonical(dir)
	if err != nil {
		return
	}
	for _, level := range stacks.Levels(repo, dir, settings.names) {
		part, ok := settings.names.Part(level.Stack, canonical)
		if !ok || !stacks.IsFirstRoot(repo, level.Stack, dir, settings.names) {
			continue
		}
		// One subject, so that the findings of two levels at the anchor keep both messages.
		if message, found := reader.compare(level, part); found {
			rep.Report(report.Finding{Subject: dir, Message: message, Range: at})
		}
	}
}

// stackAnchor is where a stack's finding goes in its first root:
// the default provider "aws" block, else the first one, else the first
// terraform block (a root with only a backend), else the first block.
func stackAnchor(cfg *model.Config) (hcl.Range, bool) {
	mod := cfg.Module
	for _, p := range mod.Providers {
		if p.Alias == "" {
			return p.ReportRange(), true
		}
	}
	return mod.ConfigurationAnchor()
}
