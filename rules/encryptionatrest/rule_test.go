package encryptionatrest

import (
	"errors"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// One case per service family: an explicit switch-off, an unset switch where
// AWS does not encrypt by default, and the encrypted forms that stay silent.
func TestServiceFamilies(t *testing.T) {
	ruletest.Run(t, New(), "testdata/service_families")
}

// Defaults that hold only under a condition, and sources that settle them.
// Firehose encrypts its interim storage whatever server_side_encryption says,
// so only require_customer_managed_key has something to ask, and not of a
// stream whose Kinesis source keeps the data.
func TestConditionalDefaults(t *testing.T) {
	ruletest.Run(t, New(), "testdata/conditional_defaults")
}

// EBS encryption by default is per account and region: it covers volumes,
// instance block devices and launch templates in its region only.
func TestEBSDefaultPerRegion(t *testing.T) {
	ruletest.Run(t, New(), "testdata/ebs_default_per_region")
}

// Read replicas, restores, cluster members and volumes from snapshots take
// their source's encryption, which the configuration does not show.
func TestInheritedEncryption(t *testing.T) {
	ruletest.Run(t, New(), "testdata/inherited_encryption")
}

// Module calls, count/for_each, dynamic blocks, JSON and override files, and
// unknown values, as for every rule.
func TestConfigurationShapes(t *testing.T) {
	ruletest.Run(t, New(), "testdata/configuration_shapes")
}

// require_customer_managed_key: stores that support a customer-managed key
// and name none, or name an AWS managed one.
func TestRequireCustomerManagedKey(t *testing.T) {
	ruletest.Run(t, New(), "testdata/require_customer_managed_key")
}

// A region name the rule cannot use is the user's to fix: the landing zone
// fixture, with a bad region among its ebs_default_regions.
func TestBadRegionSetting(t *testing.T) {
	c := ruletest.Load(t, "testdata/ebs_default_per_region/landing_zone_regions_from_the_rule_setting")
	c.Files[".tflint.hcl"] = "rule \"aws_encryption_at_rest_missing\" {\n  enabled = true\n  ebs_default_regions = [\"us-east-1\", \"Virginia\"]\n}\n"
	rule := New()
	runner, _ := c.Runner(t, rule)
	err := rule.Check(runner)
	if err == nil || !strings.Contains(err.Error(), `"Virginia" is not an AWS region name`) {
		t.Fatalf("err = %v, want a config error naming the bad region", err)
	}
	if errors.Unwrap(err) == nil {
		t.Error("the config error should wrap its cause")
	}
}
