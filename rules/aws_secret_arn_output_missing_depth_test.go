package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// Secrets deeper than the modules the root calls need an output only when a
// consumer cannot find them by name.
func TestAwsSecretARNOutputMissingDepth(t *testing.T) {
	ruletest.Run(t, NewAwsSecretARNOutputMissingRule(), "testdata/aws_secret_arn_output_missing_depth")
}
