package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

func TestAwsInstanceIAMProfileMissingRule(t *testing.T) {
	ruletest.Run(t, NewAwsInstanceIAMProfileMissingRule(), "testdata/aws_instance_iam_profile_missing")
}
