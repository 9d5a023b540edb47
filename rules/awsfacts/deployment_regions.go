package awsfacts

import (
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

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
// left out.
func DeploymentRegions(c *model.Config) []*model.DeploymentRegion {
	return deploymentRegions.Of(c, func() []*model.DeploymentRegion { return findDeploymentRegions(c) })
}

var deploymentRegions = model.NewDerived[[]*model.DeploymentRegion]("deployment regions")

func findDeploymentRegions(c *model.Config) []*model.DeploymentRegion {
	out := c.GroupByRegion(func(r *model.Resource) bool { return IsRegional(c, r) })
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
