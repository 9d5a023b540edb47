package kmskeyregional

import (
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// TestCrossRegionKeys judges KMS attributes whose key is in another region
// than the resource, or than the place it writes to.
func TestCrossRegionKeys(t *testing.T) {
	ruletest.Run(t, New(), "testdata/cross_region_keys")
}

// TestRegionsWithoutKeys judges deployment regions left without a
// customer-managed key of their own.
func TestRegionsWithoutKeys(t *testing.T) {
	ruletest.Run(t, New(), "testdata/regions_without_keys")
}

// TestUnknownRegions keeps silent where a region's name cannot be known: it
// may be any of the known ones.
func TestUnknownRegions(t *testing.T) {
	ruletest.Run(t, New(), "testdata/unknown_regions")
}

// TestDataSourceKeys judges keys read by aws_kms_key and aws_kms_alias data
// sources: ARNs name their region, key ids may be multi-Region keys', alias
// names are looked up where they are used.
func TestDataSourceKeys(t *testing.T) {
	ruletest.Run(t, New(), "testdata/data_source_keys")
}

func TestSeverityAndLink(t *testing.T) {
	rule := New()
	if rule.Severity().String() != "Error" || !strings.HasSuffix(rule.Link(), "/docs/rules/aws_kms_key_regional.md") {
		t.Errorf("severity %s, link %s", rule.Severity(), rule.Link())
	}
}
