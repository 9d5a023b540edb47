package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

func TestAwsSecretARNOutputMissingRule(t *testing.T) {
	ruletest.Run(t, NewAwsSecretARNOutputMissingRule(), "testdata/aws_secret_arn_output_missing")
}
