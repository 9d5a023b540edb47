package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// The fixtures' .fixed files hold what the rule's fix makes of them.
func TestAwsProviderRegionVariableFix(t *testing.T) {
	ruletest.Run(t, NewAwsProviderRegionVariableRule(), "testdata/aws_provider_region_variable_fix")
}

// A root that deploys only global services has the region AWS fixes for them.
func TestAwsProviderRegionVariableGlobalServices(t *testing.T) {
	ruletest.Run(t, NewAwsProviderRegionVariableRule(), "testdata/aws_provider_region_variable_global")
}
