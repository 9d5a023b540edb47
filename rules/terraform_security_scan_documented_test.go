package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// The fixtures are directory trees checked from temporary copies:
// module_dir.txt names the module under check, repository.txt the
// directories that hold .git.
func TestTerraformSecurityScanDocumentedRule(t *testing.T) {
	ruletest.Run(t, NewTerraformSecurityScanDocumentedRule(), "testdata/terraform_security_scan_documented")
}
