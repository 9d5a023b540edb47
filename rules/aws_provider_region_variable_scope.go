package rules

import (
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// The rule is about the region of a root's default aws provider: the one
// every resource and module gets unless it names an aliased configuration.
// This file tells when that region steers nothing worth a variable.

// regionNeedsNoVariable reports whether the root's layout already answers
// where it deploys: without a default provider block, every resource and
// module names an aliased provider (no implicitUsers: a multi-region root,
// one copy per alias, which no single region variable describes); the default provider
// deploys only global services; the hard-coded region is the name of
// the root's directory; or it is the primary of the regions the root's
// aliased providers deploy to.
func regionNeedsNoVariable(cfg *model.Config, aliasedOnly bool, implicitUsers []implicitDefaultUser, subject *model.Provider, source providerRegionSource) bool {
	if aliasedOnly && len(implicitUsers) == 0 {
		return true
	}
	if source == providerRegionHardCoded && (inDirectoryOfItsRegion(subject) || !aliasedOnly && isPrimaryOfAliasedRegions(cfg, subject)) {
		return true
	}
	return defaultProviderServesOnlyGlobalServices(cfg)
}

// defaultProviderServesOnlyGlobalServices reports whether the root deploys
// something and everything its default provider deploys belongs to a global
// service or only serves one (CloudFront with its us-east-1 certificate, a
// CLOUDFRONT-scope WAF, Route 53): AWS fixes where those live, so the
// default region chooses nothing. Resources bound to an aliased provider are
// deployed where that provider says, which the rule leaves free. A module
// that cannot be read may deploy anything with what it is passed: one given
// the default provider makes the answer no; one given only aliased providers
// (a certificate module passed a us-east-1 alias and a DNS alias) does not.
func defaultProviderServesOnlyGlobalServices(cfg *model.Config) bool {
	byDefault := cfg.Module.Provider("aws")
	deploys, regional := false, false
	cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			if call.Module == nil && !call.Absent && mayPass(m, call, byDefault) {
				regional = true
			}
		}
		for _, res := range m.Resources {
			if res.Absent() || !strings.HasPrefix(res.Type, "aws_") {
				continue
			}
			deploys = true
			regional = regional || res.Provider == byDefault && awsfacts.IsRegional(cfg, res)
		}
	})
	return deploys && !regional
}

// mayPass reports whether a module call may receive the provider p of the
// calling module m: its providers map passes p, or sets no default and m's
// default is p (Terraform hands the caller's default down). A map that
// cannot be read may pass anything.
func mayPass(m *model.Module, call *model.ModuleCall, p *model.Provider) bool {
	passed, known := call.PassedProviders()
	if !known {
		return true
	}
	for _, caller := range passed {
		if m.Provider(caller) == p {
			return true
		}
	}
	_, setsDefault := passed["aws"]
	return !setsDefault && m.Provider("aws") == p
}

// inDirectoryOfItsRegion reports whether a provider's hard-coded region is
// named by a directory on the root's path in its repository, by its code
// (`live/us-east-1/app` deploying to us-east-1) or by its location as AWS
// names it (`Terraform/01.tokyo` deploying to ap-northeast-1): the layout is
// the parameter, one root directory per region, and a variable would never
// be set to anything else there.
func inDirectoryOfItsRegion(p *model.Provider) bool {
	region, ok := p.Module.EvalString(p.RegionAttr.Expr, nil)
	if !ok || !awsregion.IsName(region) {
		return false
	}
	repo := p.Module.Config().Repository()
	if repo == nil {
		return false
	}
	segments, _ := repo.Segments(p.Module.AbsDir())
	for _, segment := range segments {
		if segment == region || awsregion.NamesLocation(segment, region) {
			return true
		}
	}
	return false
}
