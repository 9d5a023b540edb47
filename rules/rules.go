// Package rules holds the awsbaseline ruleset and its small rules, one per
// file (rules that are subsystems are packages beside it), each reading the
// shared model of the module under check.
package rules

import (
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/cloudfrontorigin"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/encryptionatrest"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/kmskeyregional"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/multiregion"
)

// Rules are all rules of the ruleset, in documentation order.
var Rules = []tflint.Rule{
	NewAwsSecurityGroupEgressMissingRule(),
	NewAwsSecurityGroupPublicAdminPortRule(),
	NewAwsDBManageMasterPasswordRule(),
	NewAwsResourceTagsRequiredRule(),
	multiregion.New(),
	NewAwsPrivateAccessMissingRule(),
	NewAwsProviderRegionVariableRule(),
	cloudfrontorigin.New(),
	NewAwsInstanceIAMProfileMissingRule(),
	NewAwsSecretARNOutputMissingRule(),
	NewTerraformSecurityScanDocumentedRule(),
	kmskeyregional.New(),
	encryptionatrest.New(),
}
