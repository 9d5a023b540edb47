package rules

import (
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// A secret that an IAM policy of the repository lets a principal read by a
// name pattern needs no output either: the consumer that policy is written
// for (External Secrets, say) reads it by the name it shares with the
// configuration. These are the policy documents the lookups read.
var secretGrantReads = model.Reads{
	Types: []string{"aws_iam_policy_document"},
	Paths: []string{"statement{}.effect", "statement{}.actions", "statement{}.resources"},
}

// secretReadActions are the actions, lower-cased, that let a principal read a secret's value.
var secretReadActions = map[string]bool{
	"secretsmanager:getsecretvalue": true,
	"secretsmanager:*":              true,
	"*":                             true,
}

// unknownPart stands, in a partly evaluated string, for a part that cannot be known.
const unknownPart = "\x00"

// collectSecretGrants adds the secret name patterns that the policy documents
// and literal policies of a configuration allow reading, in every module it reads.
func collectSecretGrants(cfg *model.Config, patterns map[string]bool) {
	cfg.Module.Walk(func(m *model.Module) {
		for _, ds := range m.DataSources {
			if ds.Type != "aws_iam_policy_document" || ds.Absent() {
				continue
			}
			for _, vars := range instanceBindings(ds) {
				for _, blk := range ds.Body.Blocks("statement") {
					st := documentStatement(ds, blk.Body, vars)
					for _, p := range st.secretGrants() {
						patterns[p] = true
					}
				}
			}
		}
		for _, res := range m.Resources {
			if !slices.Contains(policyResourceTypes, res.Type) || res.Absent() {
				continue
			}
			for _, vars := range instanceBindings(res) {
				for _, st := range literalPolicyStatements(res, vars) {
					for _, p := range st.secretGrants() {
						patterns[p] = true
					}
				}
			}
		}
	})
}

// policyStatement is what a grant needs of a policy statement, whether a
// policy document's block or a literal JSON policy's object.
type policyStatement struct {
	// effect is "" when the statement does not set it.
	effect      string
	effectKnown bool
	actions     []string
	resources   []string
}

// secretGrants are the name patterns of the secrets a statement allows
// reading: none unless it allows (an unset effect allows) an action that
// reads secret values.
func (st policyStatement) secretGrants() []string {
	if !st.effectKnown || st.effect != "" && st.effect != "Allow" {
		return nil
	}
	if !slices.ContainsFunc(st.actions, func(a string) bool { return secretReadActions[strings.ToLower(a)] }) {
		return nil
	}
	var patterns []string
	for _, arn := range st.resources {
		if p, ok := secretNamePattern(arn); ok {
			patterns = append(patterns, p)
		}
	}
	return patterns
}

// documentStatement reads a statement block of a policy document.
func documentStatement(ds *model.Resource, body *model.Body, vars map[string]cty.Value) policyStatement {
	st := policyStatement{effectKnown: true}
	if effect := body.Attr("effect"); effect != nil {
		st.effect, st.effectKnown = knownString(ds.Module.EvalWith(effect.Expr, ds, vars))
	}
	if actions := body.Attr("actions"); actions != nil {
		st.actions = listStrings(ds, actions.Expr, vars)
	}
	if resources := body.Attr("resources"); resources != nil {
		st.resources = listStrings(ds, resources.Expr, vars)
	}
	return st
}

// listStrings evaluates a list of strings (or one string) element by
// element, so that one unknown element hides only itself; the parts of a
// template that cannot be known become unknownPart.
func listStrings(res *model.Resource, expr hcl.Expression, vars map[string]cty.Value) []string {
	var out []string
	for _, e := range oneOrList(expr) {
		v := res.Module.EvalWith(e, res, vars)
		if v.IsWhollyKnown() && !v.IsNull() && (v.Type().IsListType() || v.Type().IsSetType() || v.Type().IsTupleType()) {
			for it := v.ElementIterator(); it.Next(); {
				_, ev := it.Element()
				if s, ok := knownString(ev); ok {
					out = append(out, s)
				}
			}
			continue
		}
		if s, ok := knownString(v); ok {
			out = append(out, s)
			continue
		}
		if tmpl, ok := e.(*hclsyntax.TemplateExpr); ok {
			out = append(out, partialTemplate(res, tmpl, vars))
		}
	}
	return out
}

// oneOrList is the elements of a list constructor, or expr itself: a policy
// field is one value or a list of them.
func oneOrList(expr hcl.Expression) []hcl.Expression {
	if list, diags := hcl.ExprList(expr); !diags.HasErrors() {
		return list
	}
	return []hcl.Expression{expr}
}

// partialTemplate evaluates a template part by part.
func partialTemplate(ds *model.Resource, tmpl *hclsyntax.TemplateExpr, vars map[string]cty.Value) string {
	var b strings.Builder
	for _, part := range tmpl.Parts {
		if s, ok := knownString(ds.Module.EvalWith(part, ds, vars)); ok {
			b.WriteString(s)
		} else {
			b.WriteString(unknownPart)
		}
	}
	return b.String()
}

// knownString is a known value as a string, as a template interpolates it.
func knownString(v cty.Value) (string, bool) {
	if !v.IsWhollyKnown() || v.IsNull() {
		return "", false
	}
	s, err := convert.Convert(v, cty.String)
	if err != nil {
		return "", false
	}
	return s.AsString(), true
}

// secretNamePattern is the name pattern of a secret ARN,
// arn:<partition>:secretsmanager:<region>:<account>:secret:<name-pattern>,
// where the fields before the name may be unknown. A name pattern that cannot
// be known, or that is only `*` (every secret, which says nothing of reading
// one by its name), is none.
func secretNamePattern(arn string) (string, bool) {
	fields := strings.SplitN(arn, ":", 7)
	if len(fields) != 7 || fields[0] != "arn" || fields[2] != "secretsmanager" || fields[5] != "secret" {
		return "", false
	}
	name := fields[6]
	if strings.Contains(name, unknownPart) || strings.Trim(name, "*") == "" {
		return "", false
	}
	return name, true
}

// instancePartialStrings is instanceStrings where a template's parts that
// cannot be known become unknownPart: `"govuk/${each.key}"` under an unknown
// for_each is "govuk/" followed by unknownPart.
func instancePartialStrings(res *model.Resource, attr string) (values []string, known bool) {
	a := res.Body.Attr(attr)
	if a == nil {
		return nil, false
	}
	tmpl, isTemplate := a.Expr.(*hclsyntax.TemplateExpr)
	for _, vars := range instanceBindings(res) {
		if s, ok := knownString(res.Module.EvalWith(a.Expr, res, vars)); ok {
			values = append(values, s)
			continue
		}
		if !isTemplate {
			return nil, false
		}
		values = append(values, partialTemplate(res, tmpl, vars))
	}
	return values, true
}

// randomSuffix stands for the 6 random characters Secrets Manager appends to
// a secret's name in its ARN: only a wildcard matches them.
const randomSuffix = "-" + unknownPart + unknownPart + unknownPart + unknownPart + unknownPart + unknownPart

// grantsSecretName reports whether a name pattern covers a secret's name, as
// IAM matches the ARN: `*` any run of characters, `?` any one. A name with
// parts that cannot be known is covered only by a literal prefix and a
// trailing `*` that its known beginning starts with.
func grantsSecretName(pattern, name string) bool {
	if unknown := strings.Index(name, unknownPart); unknown >= 0 {
		prefix := strings.TrimRight(pattern, "*")
		return prefix != pattern && !strings.ContainsAny(prefix, "*?") && strings.HasPrefix(name[:unknown], prefix)
	}
	return wildcardMatch(pattern, name) || wildcardMatch(pattern, name+randomSuffix)
}

func wildcardMatch(pattern, s string) bool {
	// Iterative matching with backtracking to the last `*`.
	p, i, star, mark := 0, 0, -1, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && (pattern[p] == '?' || pattern[p] == s[i]):
			p++
			i++
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case star >= 0:
			p = star + 1
			mark++
			i = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
