package rules

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
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
	return []model.Reads{
		{Paths: []string{"manage_master_user_password", "secret_id"}},
		// What tells whether a secret's name is generated.
		{Types: []string{"aws_secretsmanager_secret"}, Paths: []string{"name", "name_prefix"}},
		secretLookupReads,
		secretGrantReads,
		secretPolicyReads,
	}
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
	reporter := report.New(runner, r)
	names := newOutputNames(root)
	lookups := &secretLookups{cfg: cfg}
	for _, res := range cfg.AllResources() {
		if exported[res] {
			continue
		}
		var msg, attr string
		switch res.Type {
		case "aws_secretsmanager_secret":
			attr = "arn"
			msg = "%s is not exposed by any output of this configuration, so CI/CD pipelines and applications cannot look up its ARN from the Terraform outputs. %s"
		case "aws_db_instance", "aws_rds_cluster":
			manage := res.Body.Attr("manage_master_user_password")
			if manage == nil {
				continue
			}
			if on, known := res.Module.EvalBool(manage.Expr, res); !known || !on {
				continue
			}
			attr = "master_user_secret[0].secret_arn"
			msg = "%s keeps its master password in a secret that RDS manages, but no output of this configuration exposes master_user_secret, so CI/CD pipelines and applications cannot look up the secret's ARN. %s"
		default:
			continue
		}
		passOn, passOnCall := secretOutModuleOutput(res)
		if !secretOutUnderivable(res, passOn) {
			continue
		}
		advice := secretOutAdvice(res, attr, passOn, passOnCall)
		if advice == "" {
			continue
		}
		if res.Type == "aws_secretsmanager_secret" && lookups.findsByName(res) {
			continue
		}
		finding := report.Finding{
			Subject: res.Address(),
			Message: fmt.Sprintf(msg, res.Address(), advice),
			Module:  res.Module,
			Range:   res.DeclRange,
		}
		if res.InCheckedModule() {
			finding.Fix = secretOutputFix(runner, res, attr, names)
		}
		reporter.Report(finding)
	}
	return reporter.Flush()
}

// secretOutUnderivable reports whether a consumer needs an output to find the
// secret. Secrets of the root and of the modules it calls are the
// configuration's own. A secret deeper down that has a fixed name is read by
// that name; it needs an output when its name is generated, or when the
// module the root calls already outputs it and the root only has to pass it on.
func secretOutUnderivable(res *model.Resource, passOn *model.Output) bool {
	if res.InCheckedModule() || res.Module.Call.Parent.Call == nil || passOn != nil {
		return true
	}
	return secretNameGenerated(res)
}

// secretNameGenerated reports whether a secret's name is made when it is
// created: RDS names the secrets it manages itself; a Secrets Manager secret
// without a name gets a generated one, with name_prefix a random suffix, and
// a name built from a random_* resource is only known after apply.
func secretNameGenerated(res *model.Resource) bool {
	if res.Type != "aws_secretsmanager_secret" {
		return true
	}
	if prefix := res.Body.Attr("name_prefix"); prefix != nil && !model.IsKnownNull(res.Module.Eval(prefix.Expr, res)) {
		return true
	}
	name := res.Body.Attr("name")
	if name == nil || model.IsKnownNull(res.Module.Eval(name.Expr, res)) {
		return true
	}
	refs, _ := res.Module.References(name.Expr)
	for _, ref := range refs {
		if strings.HasPrefix(ref.Resource.Type, "random_") {
			return true
		}
	}
	return false
}

// secretOutValue is the expression, in the secret's own module, of its ARN:
// one ARN, a list of them for count, a map of them for for_each.
func secretOutValue(res *model.Resource, attr string) string {
	address := res.Type + "." + res.Name
	switch {
	case res.Body.Has("for_each"):
		return fmt.Sprintf("{ for k, v in %s : k => v.%s }", address, attr)
	case res.Body.Has("count"):
		return address + "[*]." + attr
	}
	return address + "." + attr
}

// secretOutModuleOutput finds, for a secret inside a called module, the output
// of the module the root calls that exposes it; nil when there is none.
func secretOutModuleOutput(res *model.Resource) (*model.Output, *model.ModuleCall) {
	if res.InCheckedModule() {
		return nil, nil
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
		if reached[res] {
			return o, call
		}
	}
	return nil, nil
}

// secretOutAdvice says how to expose the secret: with an output of its own, by
// passing on the output of the module that exposes it, or by exposing it from
// a local module. It is "" when this configuration cannot: the secret is in a
// module from elsewhere that does not output it.
func secretOutAdvice(res *model.Resource, attr string, passOn *model.Output, call *model.ModuleCall) string {
	value := secretOutValue(res, attr)
	switch {
	case res.InCheckedModule():
		return "Add an output with " + value + "."
	case passOn != nil:
		args := call.Body.Attributes()
		if args["count"] != nil || args["for_each"] != nil {
			return fmt.Sprintf("Add an output that passes on the %s output of every instance of module.%s.", passOn.Name, call.Name)
		}
		return fmt.Sprintf("Add an output with module.%s.%s.", call.Name, passOn.Name)
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
