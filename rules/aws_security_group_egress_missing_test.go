package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

func TestAwsSecurityGroupEgressMissingRule(t *testing.T) {
	ruletest.Run(t, NewAwsSecurityGroupEgressMissingRule(), "testdata/aws_security_group_egress_missing")
}
