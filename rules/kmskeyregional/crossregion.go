package kmskeyregional

import (
	"fmt"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// judge reports a site whose key is in another region than it must be, and
// notes which regions use keys the configuration does not manage.
func (c *check) judge(site site) {
	res := site.res
	keys, complete := tracer().Trace(res.Module, site.expr, pathSteps(site.rest))
	exp, placed := c.expected(site)
	if placed && exp.own && !exp.region.Identified() && res.InstanceRegions != nil {
		// Instances in different regions (`region = each.key`) share the
		// expression: each must find a key in its own region.
		for _, inst := range res.InstanceRegions {
			region := inst.Region
			instExp := expectation{region: region, where: "the instance is in " + region.String(), own: true}
			c.judgeAgainst(site, res.Address()+inst.Key, keys, complete, instExp)
		}
		return
	}
	if placed {
		c.judgeAgainst(site, res.Address(), keys, complete, exp)
	}
}

// judgeAgainst reports a site (named address) whose keys are all in another
// region than exp.
func (c *check) judgeAgainst(site site, address string, keys []key, complete bool, exp expectation) {
	if exp.region.Identified() {
		c.noteRegion(exp.region, keys, complete)
	}
	if !exp.region.Known() || !complete || len(keys) == 0 {
		return
	}
	for _, k := range keys {
		// A conditional may choose any of the keys: only a site that cannot
		// point at a key of its own region is wrong.
		if k.local || !k.region.Known() || k.region.Name == exp.region.Name {
			return
		}
	}
	first := keys[0]
	msg := fmt.Sprintf("%s of %s uses KMS key %s, which is in %s, but %s. KMS keys are regional and AWS cannot use a key across regions, so the request or the encryption fails; use a key in %s (for a multi-Region key, its aws_kms_replica_key there).",
		site.path, address, first.label, first.region.Name, exp.where, exp.region.Name)
	c.report.Report(report.Finding{Subject: address, Message: msg, Module: site.res.Module, Range: site.expr.Range(), Expr: site.expr})
}

// noteRegion records what a site in a region tells about the keys that region has.
func (c *check) noteRegion(region model.Region, keys []key, complete bool) {
	if !complete {
		c.noteKey(region, c.regionUnknown)
	}
	for _, k := range keys {
		switch {
		case k.managed || k.awsManaged:
		case k.local:
			c.noteKey(region, c.regionHasKey)
		case k.region.Identified():
			c.noteKey(k.region, c.regionHasKey)
		default:
			c.noteKey(region, c.regionUnknown)
		}
	}
}
