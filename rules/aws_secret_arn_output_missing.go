package rules

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// AwsSecretARNOutputMissingRule requires a configuration to output the ARNs of the secrets it creates.
type AwsSecretARNOutputMissingRule struct {
	tflint.DefaultRule
}

// NewAwsSecretARNOutputMissingRule returns the rule.
func NewAwsSecretARNOutputMissingRule() *AwsSecretARNOutputMissingRule {
	return &AwsSecretARNOutputMissingRule{}
}

func (r *AwsSecretARNOutputMissingRule) Name() string              { return "aws_secret_arn_output_missing" }
func (r *AwsSecretARNOutputMissingRule) Enabled() bool             { return true }
func (r *AwsSecretARNOutputMissingRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *AwsSecretARNOutputMissingRule) Link() string              { return project.ReferenceLink(r.Name()) }

// Reads is what the rule reads of resource bodies.
func (r *AwsSecretARNOutputMissingRule) Reads() []model.Reads {
	return []model.Reads{{Paths: []string{
		"manage_master_user_password", "secret_id",
	}}}
}

// secretOutAttrs are, per resource type, the attributes that lead to the
// secret's ARN ("" is the whole object). A secret version's arn is its secret's ARN.
var secretOutAttrs = map[string]map[string]bool{
	"aws_secretsmanager_secret": {"arn": true, "id": true, "": true},
	"aws_db_instance":           {"master_user_secret": true, "": true},
	"aws_rds_cluster":           {"master_user_secret": true, "": true},
}

func (r *AwsSecretARNOutputMissingRule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	if !cfg.IsConfigurationRoot {
		return nil
	}
	root := cfg.Module
	exported := map[*model.Resource]bool{}
	// Every reference of the root's outputs, noting the calls of unreadable
	// modules reached: their outputs may hand back anything that went into them.
	tracer := model.ReferenceTracer()
	opaque := map[*model.ModuleCall]bool{}
	call := tracer.Call
	tracer.Call = func(t *model.Tracer[model.Ref], c *model.ModuleCall, rest hcl.Traversal) ([]model.Ref, bool) {
		if c.Module == nil {
			opaque[c] = true
		}
		return call(t, c, rest)
	}
	for _, o := range root.Outputs {
		refs, _ := tracer.Trace(root, o.Expr, nil)
		for _, ref := range refs {
			secretOutMark(exported, ref)
		}
	}
	for _, ref := range secretOutOpaqueInputs(cfg, opaque, tracer.Exhausted()) {
		secretOutMark(exported, ref)
	}
	for _, res := range cfg.AllResources() {
		if exported[res] {
			continue
		}
		var msg, fix string
		switch res.Type {
		case "aws_secretsmanager_secret":
			fix = secretOutFix(res, "arn")
			msg = "%s is not exposed by any output of this configuration, so CI/CD pipelines and applications cannot look up its ARN from the Terraform outputs. %s"
		case "aws_db_instance", "aws_rds_cluster":
			manage := res.Body.Attr("manage_master_user_password")
			if manage == nil {
				continue
			}
			if on, known := res.Module.EvalBool(manage.Expr, res); !known || !on {
				continue
			}
			fix = secretOutFix(res, "master_user_secret[0].secret_arn")
			msg = "%s keeps its master password in a secret that RDS manages, but no output of this configuration exposes master_user_secret, so CI/CD pipelines and applications cannot look up the secret's ARN. %s"
		}
		if fix == "" {
			continue
		}
		if err := runner.EmitIssue(r, fmt.Sprintf(msg, res.Address(), fix), res.ReportRange()); err != nil {
			return err
		}
	}
	return nil
}

// secretOutFix says how to expose the secret: with an output of its own, by
// passing on the output of the module that exposes it, or by exposing it from
// a local module. It is "" when this configuration cannot: the secret is in a
// module from elsewhere that does not output it.
func secretOutFix(res *model.Resource, attr string) string {
	value := res.Type + "." + res.Name + "." + attr
	if res.Expanded {
		value = fmt.Sprintf("{ for k, v in %s.%s : k => v.%s }", res.Type, res.Name, attr)
	}
	if res.InCheckedModule() {
		return "Add an output with " + value + "."
	}
	call := res.Module.Call
	for call.Parent.Call != nil {
		call = call.Parent.Call
	}
	for _, o := range call.Module.Outputs {
		refs, _ := call.Module.References(o.Expr)
		reached := map[*model.Resource]bool{}
		for _, ref := range refs {
			secretOutMark(reached, ref)
		}
		if !reached[res] {
			continue
		}
		args := call.Body.Attributes()
		if args["count"] != nil || args["for_each"] != nil {
			return fmt.Sprintf("Add an output that passes on the %s output of every instance of module.%s.", o.Name, call.Name)
		}
		return fmt.Sprintf("Add an output with module.%s.%s.", call.Name, o.Name)
	}
	for m := res.Module; m.Call != nil; m = m.Call.Parent {
		if src := m.Call.Source; !strings.HasPrefix(src, "./") && !strings.HasPrefix(src, "../") {
			return ""
		}
	}
	return "Expose " + value + " as an output of the module and pass it on in an output here."
}

// secretOutMark records a reference that leads to a secret's ARN. A secret
// version leads to its secret through its arn (the secret's ARN), its id
// ("<secret ARN>|<version id>") or secret_id.
func secretOutMark(exported map[*model.Resource]bool, ref model.Ref) {
	res := ref.Resource
	if res.Data {
		return
	}
	if res.Type == "aws_secretsmanager_secret_version" {
		if ref.Attr != "arn" && ref.Attr != "id" && ref.Attr != "secret_id" && ref.Attr != "" {
			return
		}
		if id := res.Body.Attr("secret_id"); id != nil {
			refs, _ := res.Module.References(id.Expr)
			for _, inner := range refs {
				if inner.Resource.Type == "aws_secretsmanager_secret" {
					exported[inner.Resource] = true
				}
			}
		}
		return
	}
	if secretOutAttrs[res.Type][ref.Attr] {
		exported[res] = true
	}
}

// secretOutOpaqueInputs returns what the arguments of the unreadable calls
// reached refer to; all of them when the chain was too deep to follow to its end.
func secretOutOpaqueInputs(cfg *model.Config, opaque map[*model.ModuleCall]bool, exhausted bool) []model.Ref {
	var out []model.Ref
	cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			if call.Module != nil || call.Absent || !opaque[call] && !exhausted {
				continue
			}
			for _, a := range call.Body.Attributes() {
				refs, _ := m.References(a.Expr)
				out = append(out, refs...)
			}
		}
	})
	return out
}
