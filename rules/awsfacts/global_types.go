// Package awsfacts is what the ruleset knows about AWS itself, kept apart
// from the configuration model (rules/model): which services are global, the
// core services of a regional stack, and which resources only serve
// CloudFront, Route 53 or another region's workload. Lists that are facts
// about AWS behaviour are data (rules/data), each row with the AWS
// documentation link that states it. The analyses here apply that knowledge
// to a model.Config: whether a resource is placed in its region
// (IsRegional) and the regions a configuration deploys to
// (DeploymentRegions).
package awsfacts

import (
	"strings"
	"sync"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
)

// IsGlobalType reports whether resources of a type belong to a global
// service, whose resources are not placed in a region. The longest prefix of
// data.GlobalServicePrefixes that matches decides, so that a regional part
// of a global service (Route 53 Resolver) stays regional.
func IsGlobalType(resourceType string) bool {
	if global, ok := globalTypes.Load(resourceType); ok {
		return global.(bool)
	}
	global := longestPrefixIsGlobal(resourceType)
	globalTypes.Store(resourceType, global)
	return global
}

// globalTypes keeps IsGlobalType's answer per resource type: it is asked for
// every resource, and a configuration has few types.
var globalTypes sync.Map

// longestPrefixIsGlobal is IsGlobalType's answer, from the prefixes.
func longestPrefixIsGlobal(resourceType string) bool {
	longest, regional := "", false
	for prefix, isRegional := range data.GlobalServicePrefixes {
		if len(prefix) > len(longest) && strings.HasPrefix(resourceType, prefix) {
			longest, regional = prefix, isRegional
		}
	}
	return longest != "" && !regional
}
