// Command tflint-ruleset-awsbaseline is the awsbaseline TFLint plugin.
package main

import (
	"github.com/terraform-linters/tflint-plugin-sdk/plugin"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules"
)

func main() {
	plugin.Serve(&plugin.ServeOpts{RuleSet: rules.NewRuleSet()})
}
