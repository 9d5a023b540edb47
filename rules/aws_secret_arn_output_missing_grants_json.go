package rules

import (
	"encoding/json"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// policyResourceTypes are the resources whose `policy` is an IAM policy that
// may be written literally, as a JSON string or `jsonencode({...})`.
var policyResourceTypes = []string{"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"}

// secretPolicyReads is what the grants read of literal policies.
var secretPolicyReads = model.Reads{Types: policyResourceTypes, Paths: []string{"policy"}}

// literalPolicyStatements reads the statements of a resource's literal
// policy: a known JSON string, or `jsonencode({...})` read key by key so that
// an ARN with an unknown account or region keeps its known name pattern. A
// policy from a policy document (`data.aws_iam_policy_document.x.json`) is
// read at the document.
func literalPolicyStatements(res *model.Resource, vars map[string]cty.Value) []policyStatement {
	attr := res.Body.Attr("policy")
	if attr == nil {
		return nil
	}
	if s, ok := knownString(res.Module.EvalWith(attr.Expr, res, vars)); ok {
		return jsonPolicyStatements(s)
	}
	call, ok := attr.Expr.(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "jsonencode" || len(call.Args) != 1 {
		return nil
	}
	statements := objectField(res, call.Args[0], "Statement", vars)
	if statements == nil {
		return nil
	}
	var out []policyStatement
	for _, e := range oneOrList(statements) {
		st := policyStatement{effectKnown: true}
		if effect := objectField(res, e, "Effect", vars); effect != nil {
			st.effect, st.effectKnown = knownString(res.Module.EvalWith(effect, res, vars))
		}
		if actions := objectField(res, e, "Action", vars); actions != nil {
			st.actions = listStrings(res, actions, vars)
		}
		if resources := objectField(res, e, "Resource", vars); resources != nil {
			st.resources = listStrings(res, resources, vars)
		}
		out = append(out, st)
	}
	return out
}

// objectField is the value expression of a key of an object constructor; nil
// when expr is no object constructor or lacks the key.
func objectField(res *model.Resource, expr hcl.Expression, key string, vars map[string]cty.Value) hcl.Expression {
	pairs, diags := hcl.ExprMap(expr)
	if diags.HasErrors() {
		return nil
	}
	for _, kv := range pairs {
		name := hcl.ExprAsKeyword(kv.Key)
		if name == "" {
			name, _ = knownString(res.Module.EvalWith(kv.Key, res, vars))
		}
		if name == key {
			return kv.Value
		}
	}
	return nil
}

// jsonPolicy is what the grants read of a policy in JSON, where Statement,
// Action and Resource are each one value or a list.
type jsonPolicy struct {
	Statement oneOrMany[struct {
		Effect   string
		Action   oneOrMany[string]
		Resource oneOrMany[string]
	}]
}

type oneOrMany[T any] []T

func (o *oneOrMany[T]) UnmarshalJSON(b []byte) error {
	var many []T
	if err := json.Unmarshal(b, &many); err == nil {
		*o = many
		return nil
	}
	var one T
	if err := json.Unmarshal(b, &one); err != nil {
		return err
	}
	*o = []T{one}
	return nil
}

// jsonPolicyStatements reads the statements of a policy in JSON; none when it does not parse.
func jsonPolicyStatements(src string) []policyStatement {
	var p jsonPolicy
	if err := json.Unmarshal([]byte(src), &p); err != nil {
		return nil
	}
	out := make([]policyStatement, 0, len(p.Statement))
	for _, s := range p.Statement {
		out = append(out, policyStatement{effect: s.Effect, effectKnown: true, actions: s.Action, resources: s.Resource})
	}
	return out
}
