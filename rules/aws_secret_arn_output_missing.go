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

var _ = model.Declare("manage_master_user_password", "secret_id")

// secretOutAttrs are, per resource type, the attributes that lead to the
// secret's ARN ("" is the whole object). A secret version's arn is its secret's ARN.
var secretOutAttrs = map[string]map[string]bool{
	"aws_secretsmanager_secret": {"arn": true, "id": true, "": true},
	"aws_db_instance":           {"master_user_secret": true, "": true},
	"aws_rds_cluster":           {"master_user_secret": true, "": true},
}

// secretOutMaxDepth bounds how far outputs are followed through locals, modules and variables.
const secretOutMaxDepth = 32

func (r *AwsSecretARNOutputMissingRule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	if !cfg.IsConfigurationRoot {
		return nil
	}
	root := cfg.Module
	exported := map[*model.Resource]bool{}
	tracer := &secretOutTracer{opaque: map[*model.ModuleCall]bool{}, seen: map[hcl.Range]bool{}}
	for _, o := range root.Outputs {
		if o.Expr == nil {
			continue
		}
		refs, _ := root.References(o.Expr)
		for _, ref := range refs {
			secretOutMark(exported, ref)
		}
		tracer.visit(root, o.Expr, 0)
	}
	for _, ref := range tracer.refs {
		secretOutMark(exported, ref)
	}
	// An output of a module the model cannot read may hand back anything
	// that went into that module.
	for _, ref := range tracer.opaqueInputs(cfg) {
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

// secretOutTracer follows an expression through locals, readable modules'
// outputs and the arguments of the calls that load them, for what
// Module.References does not cover: references to a whole module object
// (`module.x`, every output), and the calls of unreadable modules whose
// outputs the value may come from.
type secretOutTracer struct {
	// refs are the references of the outputs of wholly referenced modules.
	refs []model.Ref
	// opaque are the unreadable module calls reached.
	opaque map[*model.ModuleCall]bool
	// exhausted is set when the chain was too deep to follow to its end.
	exhausted bool
	// seen keeps shared locals and outputs from being followed more than once.
	seen map[hcl.Range]bool
}

func (f *secretOutTracer) visit(m *model.Module, expr hcl.Expression, depth int) {
	if expr == nil || f.seen[expr.Range()] {
		return
	}
	if depth > secretOutMaxDepth {
		f.exhausted = true
		return
	}
	f.seen[expr.Range()] = true
	for _, tr := range expr.Variables() {
		switch tr.RootName() {
		case "local":
			if a := m.Locals[secretOutTraversalName(tr, 1)]; a != nil {
				f.visit(m, a.Expr, depth+1)
			}
		case "var":
			if m.Call == nil {
				continue
			}
			if a := m.Call.Body.Attributes()[secretOutTraversalName(tr, 1)]; a != nil {
				f.visit(m.Call.Parent, a.Expr, depth+1)
			}
		case "module":
			f.visitCall(m, tr, depth)
		}
	}
}

func (f *secretOutTracer) visitCall(m *model.Module, tr hcl.Traversal, depth int) {
	name := secretOutTraversalName(tr, 1)
	for _, call := range m.Calls {
		if call.Name != name || call.Absent {
			continue
		}
		if call.Module == nil {
			f.opaque[call] = true
			continue
		}
		output := secretOutOutputName(tr)
		for _, o := range call.Module.Outputs {
			if output != "" && o.Name != output {
				continue
			}
			if output == "" {
				refs, _ := call.Module.References(o.Expr)
				f.refs = append(f.refs, refs...)
			}
			f.visit(call.Module, o.Expr, depth+1)
		}
	}
}

// opaqueInputs returns what the arguments of the unreadable calls reached refer to.
func (f *secretOutTracer) opaqueInputs(cfg *model.Config) []model.Ref {
	var out []model.Ref
	cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			if call.Module != nil || call.Absent || !f.opaque[call] && !f.exhausted {
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

// secretOutTraversalName is the attribute name at position i of a traversal, or "".
func secretOutTraversalName(tr hcl.Traversal, i int) string {
	if i < len(tr) {
		if a, ok := tr[i].(hcl.TraverseAttr); ok {
			return a.Name
		}
	}
	return ""
}

// secretOutOutputName is the output named by `module.<name>[key].<output>`, or "" for the whole module.
func secretOutOutputName(tr hcl.Traversal) string {
	for i := 2; i < len(tr); i++ {
		if a, ok := tr[i].(hcl.TraverseAttr); ok {
			return a.Name
		}
		if _, ok := tr[i].(hcl.TraverseIndex); !ok {
			break
		}
	}
	return ""
}
