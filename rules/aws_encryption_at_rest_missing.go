package rules

import (
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/encryptionatrest"
)

// newAwsEncryptionAtRestMissingRule gives the encryptionatrest package the
// ruleset's rule-block decoding and config errors, which it cannot import.
func newAwsEncryptionAtRestMissingRule() tflint.Rule {
	return encryptionatrest.New(decodeRuleConfig, func(name string, err error) error {
		return &ConfigError{Rule: name, Err: err}
	})
}
