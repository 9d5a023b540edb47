package model

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/zclconf/go-cty/cty"
)

// Eval evaluates an expression in the module's scope. Variables of the module
// under check come from the host (so tfvars and --var apply), each fetched
// once; variables of called modules come from the caller's arguments or their
// defaults; locals are evaluated here. Anything else (resource attributes,
// data sources, module outputs, count.index, each.*) is unknown, and so is
// anything that fails to evaluate; terraform.workspace is the workspace
// TFLint sees. The result carries no marks.
func (m *Module) Eval(expr hcl.Expression, inst *Resource) (val cty.Value) {
	return m.EvalWith(expr, inst, nil)
}

// EvalWith is Eval with extra root names bound, such as a dynamic block's
// iterator; they take precedence over everything else.
func (m *Module) EvalWith(expr hcl.Expression, inst *Resource, extra map[string]cty.Value) (val cty.Value) {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	defer func() {
		if r := recover(); r != nil {
			logger.Warn(fmt.Sprintf("awsbaseline: evaluating %s: %v", expr.Range(), r))
			val = cty.DynamicVal
		}
	}()
	ctx := &hcl.EvalContext{Functions: functions}
	var vars, locals map[string]cty.Value
	for _, tr := range variablesOf(expr) {
		root := tr.RootName()
		if ctx.Variables == nil {
			ctx.Variables = map[string]cty.Value{}
		}
		if v, ok := extra[root]; ok {
			ctx.Variables[root] = v
			continue
		}
		name := ""
		if len(tr) > 1 {
			if a, ok := tr[1].(hcl.TraverseAttr); ok {
				name = a.Name
			}
		}
		switch root {
		case "var":
			if name != "" {
				vars = bind(vars, name, m.varValue)
			}
		case "local":
			if name != "" {
				locals = bind(locals, name, m.localValue)
			}
		case "count":
			ctx.Variables[root] = unknownCount
		case "each":
			ctx.Variables[root] = unknownEach
		case "terraform":
			ctx.Variables[root] = cty.ObjectVal(map[string]cty.Value{"workspace": m.config.workspace})
		default:
			ctx.Variables[root] = cty.DynamicVal
		}
	}
	if len(vars) > 0 {
		ctx.Variables["var"] = m.scopeObject("var", vars)
	}
	if len(locals) > 0 {
		ctx.Variables["local"] = m.scopeObject("local", locals)
	}
	marked := sensitiveCalls.Load()
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return cty.DynamicVal
	}
	if extra != nil || sensitiveCalls.Load() != marked {
		// Marks come only from sensitive() (functions.go): every value an
		// expression reads here, but the extra ones, is itself a result
		// without marks. Unmarking walks and copies the whole value, so it
		// runs only when a sensitive() has run since the evaluation began,
		// here or on another goroutine.
		v, _ = v.UnmarkDeep()
	}
	return v
}

// bind adds a name's value to the values an evaluation binds, allocating
// them on the first name.
func bind(values map[string]cty.Value, name string, value func(string) cty.Value) map[string]cty.Value {
	if values == nil {
		values = make(map[string]cty.Value, 1)
	}
	if _, ok := values[name]; !ok {
		values[name] = value(name)
	}
	return values
}

// scopeObject is the object var or local stands for in an expression that
// reads the given values of the module's variables or locals. Both are
// computed once per module, so the object of one set of names is always the
// same; it is built once, as most expressions of a module read the same few
// (every resource's tags merge local.common_tags): building an object value
// builds its type, most of what evaluating a small expression allocates.
func (m *Module) scopeObject(root string, values map[string]cty.Value) cty.Value {
	var key string
	if len(values) == 1 {
		for name := range values {
			key = root + "." + name
		}
	} else {
		key = root + "." + strings.Join(SortedKeys(values), ".")
	}
	return scopeObjects.ofName(&m.config.memo, m, key, func() cty.Value { return cty.ObjectVal(values) })
}

var scopeObjects = &analysis[cty.Value]{name: "scope objects"}

// unknownCount and unknownEach are count and each of a resource whose
// instance is not known, built once: cty values are immutable, and most
// resources' expressions name them.
var (
	unknownCount = cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})
	unknownEach  = cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})
)

// EvalString returns an expression's value when it is a known, non-null string.
func (m *Module) EvalString(expr hcl.Expression, inst *Resource) (string, bool) {
	v := m.Eval(expr, inst)
	if !v.IsKnown() || v.IsNull() {
		return "", false
	}
	if v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// EvalBool returns an expression's value when it is a known bool (or a string "true"/"false").
func (m *Module) EvalBool(expr hcl.Expression, inst *Resource) (bool, bool) {
	v := m.Eval(expr, inst)
	if !v.IsKnown() || v.IsNull() {
		return false, false
	}
	switch v.Type() {
	case cty.Bool:
		return v.True(), true
	case cty.String:
		switch v.AsString() {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return false, false
}

// localValue and varValue are computed once per module; a value that depends
// on itself (a cycle Terraform rejects) is unknown.
func (m *Module) localValue(name string) cty.Value {
	if m.onLocalCycle(name) {
		return cty.DynamicVal
	}
	return localValues.ofName(&m.config.memo, m, name, func() cty.Value {
		attr := m.Locals[name]
		if attr == nil {
			return cty.DynamicVal
		}
		return m.Eval(attr.Expr, nil)
	})
}

func (m *Module) varValue(name string) cty.Value {
	return varValues.ofName(&m.config.memo, m, name, func() cty.Value { return m.computeVar(name) })
}

var (
	localValues = &analysis[cty.Value]{name: "local values"}
	varValues   = &analysis[cty.Value]{name: "variable values"}
)
