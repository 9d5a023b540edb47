package encryptionatrest

import (
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// coverage is whether EBS encryption by default is on in a region.
type coverage int

const (
	notCovered coverage = iota
	covered
	// uncertain: it may be on there, so nothing is said.
	uncertain
)

// ebsDefaults are the regions where EBS encryption by default is on: an
// aws_ebs_encryption_by_default in the configuration (per region: the
// setting is per account and region), or the rule's ebs_default_regions
// for defaults set outside it.
type ebsDefaults struct {
	on, maybe map[string]bool
	// anywhere: some default is on (or may be) in a region that cannot be
	// identified, so no EBS region can be said to lack it.
	anywhere bool
	// named: ebs_default_regions names regions, which an unknown region may be.
	named bool
	// keyed are regions with an aws_ebs_default_kms_key.
	keyed map[string]bool
}

func newEBSDefaults(cfg *model.Config, regions []string) *ebsDefaults {
	e := &ebsDefaults{on: map[string]bool{}, maybe: map[string]bool{}, keyed: map[string]bool{}, named: len(regions) > 0}
	for _, name := range regions {
		e.on[name] = true
	}
	for _, res := range cfg.ResourcesOfType("aws_ebs_encryption_by_default") {
		enabled := true // the provider's default
		known := true
		if attr := res.Body.Attr("enabled"); attr != nil {
			enabled, known = res.Module.EvalBool(attr.Expr, res)
		}
		if known && !enabled {
			continue
		}
		places := res.Regions()
		if len(places) == 0 {
			e.anywhere = true
			continue
		}
		sure := known && res.SurelyExists()
		for _, region := range places {
			if sure {
				e.on[region.Key()] = true
			} else {
				e.maybe[region.Key()] = true
			}
		}
	}
	for _, res := range cfg.ResourcesOfType("aws_ebs_default_kms_key") {
		for _, region := range res.Regions() {
			e.keyed[region.Key()] = true
		}
		if len(res.Regions()) == 0 {
			e.keyed[""] = true
		}
	}
	return e
}

// coverage tells whether new EBS volumes in the region are encrypted by default.
func (e *ebsDefaults) coverage(region model.Region) coverage {
	switch {
	case !region.Identified():
		if e.anywhere || e.named || len(e.on)+len(e.maybe) > 0 {
			return uncertain
		}
		return notCovered
	case e.on[region.Key()]:
		return covered
	case e.maybe[region.Key()] || e.anywhere || (e.named && !region.Known()):
		return uncertain
	}
	return notCovered
}

// hasDefaultKey tells whether the region's default EBS key may be a
// customer-managed key set in this configuration.
func (e *ebsDefaults) hasDefaultKey(region model.Region) bool {
	return e.keyed[""] || !region.Identified() || e.keyed[region.Key()]
}
