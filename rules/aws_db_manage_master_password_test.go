package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// The fixtures' .fixed files hold what the rule's fixes make of them.
func TestAwsDBManageMasterPasswordRule(t *testing.T) {
	ruletest.Run(t, NewAwsDBManageMasterPasswordRule(), "testdata/aws_db_manage_master_password")
}
