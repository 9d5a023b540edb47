package cloudfrontorigin

import (
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// TestKnownHosts judges origins whose domain_name is known: literals,
// variables, dynamic elements, JSON and override files.
func TestKnownHosts(t *testing.T) {
	ruletest.Run(t, New(), "testdata/known_hosts")
}

// TestResourceReferences judges origins whose domain_name is a resource
// attribute that is not known before apply.
func TestResourceReferences(t *testing.T) {
	ruletest.Run(t, New(), "testdata/resource_references")
}

// TestZoneReferences judges origins that are Route 53 zones or records.
func TestZoneReferences(t *testing.T) {
	ruletest.Run(t, New(), "testdata/zone_references")
}

// TestReferencesFollowed follows values through module outputs and locals.
func TestReferencesFollowed(t *testing.T) {
	ruletest.Run(t, New(), "testdata/references_followed")
}

// TestCallerReferences judges the origins a caller sets through a module's
// origin map.
func TestCallerReferences(t *testing.T) {
	ruletest.Run(t, New(), "testdata/caller_references")
}

// TestTargets judges the cache behaviors' target_origin_id.
func TestTargets(t *testing.T) {
	ruletest.Run(t, New(), "testdata/targets")
}

func TestSeverityAndLink(t *testing.T) {
	rule := New()
	if rule.Severity().String() != "Error" || !strings.HasSuffix(rule.Link(), "/docs/rules/aws_cloudfront_origin_invalid.md") {
		t.Errorf("severity %s, link %s", rule.Severity(), rule.Link())
	}
}

// TestModules reports the distributions of called modules from the root's
// check, in the caller's files, and nothing in TFLint's module-call checks.
func TestModules(t *testing.T) {
	ruletest.Run(t, New(), "testdata/modules")
}
