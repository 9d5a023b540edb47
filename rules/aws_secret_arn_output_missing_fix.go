package rules

import (
	"fmt"
	"strings"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// outputNames hands out output names that no output of the module uses, nor
// an output an earlier fix of the same check adds.
type outputNames map[string]bool

func newOutputNames(mod *model.Module) outputNames {
	names := outputNames{}
	for _, o := range mod.Outputs {
		names[o.Name] = true
	}
	return names
}

// claim returns base, or base with the first free numeric suffix.
func (n outputNames) claim(base string) string {
	name := base
	for i := 2; n[name]; i++ {
		name = fmt.Sprintf("%s_%d", base, i)
	}
	n[name] = true
	return name
}

// secretOutputName is the name of the output a fix adds for a secret.
func secretOutputName(res *model.Resource) string {
	switch {
	case res.Type != "aws_secretsmanager_secret":
		return res.Name + "_master_user_secret_arn"
	case strings.Contains(res.Name, "secret"):
		return res.Name + "_arn"
	}
	return res.Name + "_secret_arn"
}

// secretOutputFix adds an output with the ARN of a secret of the root module,
// at the end of outputs.tf when the module has one, else after the secret's
// block. It is nil when neither can be edited: no outputs.tf and the secret
// in JSON or an override file.
func secretOutputFix(runner tflint.Runner, res *model.Resource, attr string, names outputNames) func(tflint.Fixer) error {
	where, ok := atFileEnd(runner, res.Module, "outputs.tf")
	if !ok {
		where, ok = afterBlock(runner, res.DeclRange)
	}
	if !ok {
		return nil
	}
	name := names.claim(secretOutputName(res))
	description := "ARN of the Secrets Manager secret " + res.Address()
	if res.Type != "aws_secretsmanager_secret" {
		description = "ARN of the master user secret RDS manages for " + res.Address()
	}
	if res.Expanded {
		description = strings.Replace(description, "ARN of", "ARNs, by instance, of", 1)
	}
	block := fmt.Sprintf("output %q {\n  description = %q\n  value       = %s\n}",
		name, description+", for the pipelines and applications that read it.", secretOutValue(res, attr))
	return func(f tflint.Fixer) error { return where.insert(f, block) }
}
