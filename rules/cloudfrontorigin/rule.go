// Package cloudfrontorigin is the aws_cloudfront_origin_invalid rule: it finds
// CloudFront origins that CloudFront rejects or cannot reach, and cache
// behaviors that target no origin.
//
// The parts: rule.go (the rule, one check per distribution), origins.go
// (judging an origin's domain_name), hosts.go (what CloudFront accepts as a
// host name), zones.go (Route 53 zones and records as origins), targets.go
// (cache behaviors aimed at no origin), dynamic.go (the elements of dynamic
// blocks), findings.go (where a finding is shown: in a called module, where
// the caller writes the value) and trace.go (following a value back to where
// it is written).
package cloudfrontorigin

import (
	"strconv"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// Rule finds CloudFront origins that CloudFront rejects or cannot reach, and
// cache behaviors that target no origin.
type Rule struct {
	tflint.DefaultRule
}

// New returns the rule.
func New() *Rule {
	return &Rule{}
}

func (r *Rule) Name() string              { return "aws_cloudfront_origin_invalid" }
func (r *Rule) Enabled() bool             { return true }
func (r *Rule) Severity() tflint.Severity { return tflint.ERROR }
func (r *Rule) Link() string              { return project.ReferenceLink(r.Name()) }

// Reads is what the rule reads of resource bodies.
func (r *Rule) Reads() []model.Reads {
	return []model.Reads{{Paths: []string{
		// aws_cloudfront_distribution
		"origin{}.domain_name", "origin{}.origin_id", "origin{}.vpc_origin_config{}",
		"origin_group{}.origin_id",
		"default_cache_behavior{}.target_origin_id",
		"ordered_cache_behavior{}.target_origin_id", "ordered_cache_behavior{}.path_pattern",
		// aws_route53_zone (resource and data source)
		"name", "vpc{}", "private_zone", "vpc_id",
		// aws_route53_record
		"zone_id", "type", "alias{}.name",
		// aws_lb, aws_alb, aws_elb
		"internal",
	}}}
}

// Check judges every CloudFront distribution of the module under check and of
// the modules it calls. The root module's check shows what called modules
// hold, with the values their callers pass, and TFLint's module-call checks
// show nothing: each finding appears once, in the caller's files.
func (r *Rule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	findings := report.New(runner, r)
	for _, dist := range cfg.ResourcesOfType("aws_cloudfront_distribution") {
		c := &distributionCheck{findings: findings, cfg: cfg, dist: dist, mod: dist.Module}
		c.run()
	}
	return findings.Flush()
}

// distributionCheck judges one distribution.
type distributionCheck struct {
	findings *report.Reporter
	cfg      *model.Config
	dist     *model.Resource
	mod      *model.Module
}

// run judges a distribution: each origin, then the cache behaviors' targets.
func (c *distributionCheck) run() {
	for _, origin := range c.dist.Body.AllBlocks("origin") {
		domain := origin.Body.Attr("domain_name")
		if domain == nil {
			continue
		}
		if !origin.Dynamic {
			c.checkOrigin(origin, domain, nil)
			continue
		}
		// A dynamic origin exists only for the elements of its for_each.
		elements, ok := c.elements(origin)
		if !ok || len(elements) == 0 {
			continue
		}
		if !model.RefersTo(domain.Expr, origin.Iterator) {
			c.checkOrigin(origin, domain, nil)
			continue
		}
		for _, e := range elements {
			c.checkOrigin(origin, domain, e)
		}
	}
	c.checkTargets()
}

// quote quotes a value for a message, shortened when long.
func quote(s string) string {
	const max = 80
	if len(s) <= max {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:max]) + "..."
}
