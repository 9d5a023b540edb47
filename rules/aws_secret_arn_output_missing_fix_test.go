package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// The fixtures' .fixed files hold what the rule's fix makes of them.
func TestAwsSecretARNOutputMissingFix(t *testing.T) {
	ruletest.Run(t, NewAwsSecretARNOutputMissingRule(), "testdata/aws_secret_arn_output_missing_fix")
}
