// Package rules holds the awsbaseline rules, one per file, each reading the
// shared model of the module under check.
package rules

import (
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/cloudfrontorigin"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/kmskeyregional"
)

// Rules are all rules of the ruleset, in documentation order.
var Rules = []tflint.Rule{
	NewAwsSecurityGroupEgressMissingRule(),
	NewAwsSecurityGroupPublicAdminPortRule(),
	NewAwsDBManageMasterPasswordRule(),
	NewAwsResourceTagsRequiredRule(),
	NewAwsMultiRegionIncompleteRule(),
	NewAwsPrivateAccessMissingRule(),
	NewAwsProviderRegionVariableRule(),
	cloudfrontorigin.New(),
	NewAwsInstanceIAMProfileMissingRule(),
	NewAwsSecretARNOutputMissingRule(),
	NewTerraformSecurityScanDocumentedRule(),
	kmskeyregional.New(),
	newAwsEncryptionAtRestMissingRule(),
}

// decodeRuleConfig reads a rule block's options; a mistake there is the user's
// to fix, so it is the one error a rule returns.
func decodeRuleConfig(runner tflint.Runner, name string, target any) error {
	if err := runner.DecodeRuleConfig(name, target); err != nil {
		return &ConfigError{Rule: name, Err: err}
	}
	return nil
}
