package awsfacts

import (
	"slices"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// RegionReads is what IsRegional and DeploymentRegions read of resource
// bodies: a rule that asks them includes it in its own Reads.
func RegionReads() []model.Reads {
	return append(append([]model.Reads{}, cloudFrontReads...), route53Reads...)
}

// IsRegional reports whether a resource is placed in its region: an existing
// AWS managed resource that neither belongs to a global service nor only
// serves one (ACM certificates, WAF web ACLs and Lambda@Edge functions used
// by CloudFront; Route 53 query logs and health-check alarms).
func IsRegional(c *model.Config, r *model.Resource) bool {
	if r.Data || r.Absent() || !strings.HasPrefix(r.Type, "aws_") || IsGlobalType(r.Type) {
		return false
	}
	return !servesGlobal(c)[r]
}

// DeploymentRegions returns the regions that host regional resources, in order
// of first appearance, followed by required regions (the plugin's `regions`
// setting) that host nothing. Resources whose region cannot be identified are
// left out. A region whose only regional resources are storage for another
// region (see withoutStorageOnly) is left out too, unless `regions` names it.
func DeploymentRegions(c *model.Config) []*model.DeploymentRegion {
	return deploymentRegions.Of(c, func() []*model.DeploymentRegion { return findDeploymentRegions(c) })
}

var deploymentRegions = model.NewDerived[[]*model.DeploymentRegion]("deployment regions")

func findDeploymentRegions(c *model.Config) []*model.DeploymentRegion {
	out := withoutStorageOnly(c.GroupByRegion(func(r *model.Resource) bool { return IsRegional(c, r) }), c.Settings.Regions)
	byKey := map[string]*model.DeploymentRegion{}
	for _, dr := range out {
		byKey[dr.Region.Key()] = dr
	}
	for _, name := range c.Settings.Regions {
		if dr := byKey[name]; dr != nil {
			dr.Configured = true
			continue
		}
		dr := &model.DeploymentRegion{Region: model.Region{Name: name}, Configured: true}
		byKey[name] = dr
		out = append(out, dr)
	}
	return out
}

// withoutStorageOnly leaves out the regions that only hold storage for a
// workload elsewhere, when another region hosts a workload: a central bucket
// location, a replication destination, a backup copy vault, like an alias
// that only reads data or only manages global services, is not a region the
// workload is deployed to. Regions the plugin's `regions` setting names stay,
// and so do regions whose name is unknown (most likely one the configuration
// names elsewhere). Without a workload anywhere (buckets and keys only), the
// storage is what the configuration deploys, and every region stays.
func withoutStorageOnly(regions []*model.DeploymentRegion, configured []string) []*model.DeploymentRegion {
	if !slices.ContainsFunc(regions, hostsWorkload) {
		return regions
	}
	kept := regions[:0:0]
	for _, dr := range regions {
		if !storageOnly(dr) || !dr.Region.Known() || slices.Contains(configured, dr.Region.Key()) {
			kept = append(kept, dr)
		}
	}
	return kept
}

// storageOnly reports whether every resource of a region is storage that a
// workload in another region writes to (data.StorageForOtherRegions).
func storageOnly(dr *model.DeploymentRegion) bool {
	for _, r := range dr.Resources {
		if !data.StorageForOtherRegions[r.Type] {
			return false
		}
	}
	return true
}

// hostsWorkload reports whether a region hosts something besides storage and
// KMS keys, which only encrypt data and write nothing to storage elsewhere.
func hostsWorkload(dr *model.DeploymentRegion) bool {
	for _, r := range dr.Resources {
		if !data.StorageForOtherRegions[r.Type] && !strings.HasPrefix(r.Type, "aws_kms_") {
			return true
		}
	}
	return false
}
