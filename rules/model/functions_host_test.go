package model

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/lang/marks"
	"github.com/terraform-linters/tflint/terraform/lang"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// The host's function table, from TFLint itself. The import is test-only:
// terraform/lang carries BUSL-1.1 files, which must not ship in the plugin.
func hostFunctions(t *testing.T) map[string]function.Function {
	t.Helper()
	return (&lang.Scope{BaseDir: t.TempDir()}).Functions()
}

// battery is every kind of value a function can meet in a configuration:
// each primitive, collection and structural type, empty and not, nulls,
// unknowns (wholly, partly and refined), sensitive values (wholly and
// inside a collection) and values of the wrong type for most parameters.
func battery() []cty.Value {
	sensitive := func(v cty.Value) cty.Value { return v.Mark(marks.Sensitive) }
	rule := cty.ObjectVal(map[string]cty.Value{
		"name":        cty.StringVal("ssh"),
		"from_port":   cty.NumberIntVal(22),
		"cidr_blocks": cty.ListVal([]cty.Value{cty.StringVal("0.0.0.0/0")}),
	})
	return []cty.Value{
		cty.StringVal(""),
		cty.StringVal("a"),
		cty.StringVal("a,b"),
		cty.StringVal("0.0.0.0/0"),
		cty.StringVal("/a/"),
		cty.StringVal("/[/"),
		cty.StringVal("1"),
		cty.StringVal("true"),
		cty.StringVal("%s"),
		cty.StringVal("e\u0301 "),
		cty.StringVal("{\"a\":[1,null]}"),
		cty.Zero,
		cty.NumberIntVal(1),
		cty.NumberIntVal(2),
		cty.NumberIntVal(-1),
		cty.NumberFloatVal(1.5),
		cty.True,
		cty.False,
		cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")}),
		cty.ListValEmpty(cty.String),
		cty.ListVal([]cty.Value{cty.NumberIntVal(2), cty.NumberIntVal(1)}),
		cty.ListVal([]cty.Value{cty.ListVal([]cty.Value{cty.StringVal("a")}), cty.ListValEmpty(cty.String)}),
		cty.SetVal([]cty.Value{cty.StringVal("a"), cty.StringVal("c")}),
		cty.SetValEmpty(cty.String),
		cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.NumberIntVal(1)}),
		cty.EmptyTupleVal,
		cty.MapVal(map[string]cty.Value{"a": cty.StringVal("x"), "b": cty.StringVal("")}),
		cty.MapValEmpty(cty.String),
		rule,
		cty.EmptyObjectVal,
		cty.TupleVal([]cty.Value{rule, cty.EmptyObjectVal}),
		cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("y"), "b": cty.NullVal(cty.String)}),
		cty.NullVal(cty.String),
		cty.NullVal(cty.Number),
		cty.NullVal(cty.DynamicPseudoType),
		cty.NullVal(cty.List(cty.String)),
		cty.NullVal(rule.Type()),
		cty.DynamicVal,
		cty.UnknownVal(cty.String),
		cty.UnknownVal(cty.String).RefineNotNull(),
		cty.UnknownVal(cty.Number),
		cty.UnknownVal(cty.Bool),
		cty.UnknownVal(cty.List(cty.String)),
		cty.UnknownVal(cty.Map(cty.String)),
		cty.UnknownVal(rule.Type()),
		cty.ListVal([]cty.Value{cty.StringVal("a"), cty.UnknownVal(cty.String)}),
		cty.MapVal(map[string]cty.Value{"a": cty.UnknownVal(cty.String)}),
		cty.ObjectVal(map[string]cty.Value{"a": cty.UnknownVal(cty.String), "b": cty.DynamicVal}),
		cty.UnknownVal(cty.List(cty.String)).Refine().NotNull().CollectionLengthLowerBound(1).NewValue(),
		cty.ListVal([]cty.Value{cty.StringVal("a"), cty.NullVal(cty.String)}),
		cty.SetVal([]cty.Value{rule}),
		cty.MapVal(map[string]cty.Value{"a": cty.ListVal([]cty.Value{cty.StringVal("x")})}),
		sensitive(cty.StringVal("a")),
		sensitive(cty.NumberIntVal(1)),
		sensitive(cty.NullVal(cty.String)),
		sensitive(cty.UnknownVal(cty.String)),
		sensitive(cty.ListVal([]cty.Value{cty.StringVal("a")})),
		sensitive(rule),
		cty.ListVal([]cty.Value{cty.StringVal("a"), sensitive(cty.StringVal("b"))}),
		cty.ObjectVal(map[string]cty.Value{"a": sensitive(cty.StringVal("x"))}),
		cty.MapVal(map[string]cty.Value{"a": sensitive(cty.StringVal("x"))}),
		cty.TupleVal([]cty.Value{sensitive(rule), sensitive(cty.UnknownVal(cty.String))}),
	}
}

// argumentLists returns every list of battery values a function accepts by
// arity: all pairs, and for a third argument a sample that still puts every
// battery value in every position.
func argumentLists(fn function.Function, values []cty.Value) [][]cty.Value {
	fewest := len(fn.Params())
	most := fewest
	if fn.VarParam() != nil {
		most = fewest + 2
	}
	var out [][]cty.Value
	for arity := fewest; arity <= most && arity <= 3; arity++ {
		out = append(out, cartesian(arity, values)...)
	}
	return out
}

func cartesian(arity int, values []cty.Value) [][]cty.Value {
	if arity == 0 {
		return [][]cty.Value{nil}
	}
	if arity == 3 {
		var out [][]cty.Value
		for i, v := range values {
			for j, w := range values {
				out = append(out, []cty.Value{v, w, values[(i*7+j*3)%len(values)]})
				out = append(out, []cty.Value{values[(i*5+j*11)%len(values)], v, w})
			}
		}
		return out
	}
	var out [][]cty.Value
	for _, rest := range cartesian(arity-1, values) {
		for _, v := range values {
			out = append(out, append(append([]cty.Value(nil), rest...), v))
		}
	}
	return out
}

// call reports a function's result, treating a panic as an error.
func call(fn function.Function, args []cty.Value) (v cty.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return fn.Call(args)
}

// TestFunctionsBehaveAsTheHosts calls each function of the model's table
// and the host's function of the same name on the same arguments. Where the
// host succeeds, ours must give the same value, including its type,
// unknownness, refinements and marks. Where the host fails, ours must fail:
// the model turns a failed evaluation into an unknown value, no verdict.
func TestFunctionsBehaveAsTheHosts(t *testing.T) {
	host := hostFunctions(t)
	values := battery()
	for _, name := range SortedKeys(functions) {
		ours := functions[name]
		if name == "try" || name == "can" {
			continue // they take expressions: TestTryAndCanBehaveAsTheHosts
		}
		t.Run(name, func(t *testing.T) {
			theirs, ok := host[name]
			if !ok {
				t.Fatalf("the host has no function %q", name)
			}
			differences := 0
			for _, args := range argumentLists(theirs, values) {
				want, wantErr := call(theirs, args)
				got, gotErr := call(ours, args)
				same := (wantErr != nil) == (gotErr != nil) && (wantErr != nil || got.RawEquals(want))
				if same {
					continue
				}
				if differences++; differences <= 5 {
					t.Errorf("%s(%s):\n  host: %s\n  ours: %s", name, describeArgs(args), describe(want, wantErr), describe(got, gotErr))
				}
			}
			if differences > 5 {
				t.Errorf("%s: %d more differences", name, differences-5)
			}
		})
	}
}

// TestTryAndCanBehaveAsTheHosts evaluates try and can, which take
// expressions, with each table, on arguments that call only functions the
// model keeps. (One calling any other function makes ours unknown, as that
// function is: TestFunctionsMatchTerraformOrStayUnknown.)
func TestTryAndCanBehaveAsTheHosts(t *testing.T) {
	host := hostFunctions(t)
	vars := map[string]cty.Value{}
	for i, v := range battery() {
		vars[fmt.Sprintf("v%d", i)] = v
	}
	var exprs []string
	for _, v := range SortedKeys(vars) {
		exprs = append(exprs,
			"try("+v+", \"fallback\")",
			"try("+v+".a, "+v+"[0], null)",
			"try(tonumber("+v+"), 0)",
			"try(length("+v+"), -1)",
			"can("+v+")",
			"can("+v+".name)",
			"can(tobool("+v+"))",
			"can(regex(\"^a\", "+v+"))",
		)
	}
	exprs = append(exprs, "try()", "can()", "try(1, 2, 3)", "can(1, 2)", "try(nosuch.a, 1)")
	for _, src := range exprs {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "test.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %s", src, diags)
		}
		want, wantDiags := expr.Value(&hcl.EvalContext{Variables: vars, Functions: host})
		got, gotDiags := expr.Value(&hcl.EvalContext{Variables: vars, Functions: functions})
		if wantDiags.HasErrors() != gotDiags.HasErrors() || !wantDiags.HasErrors() && !got.RawEquals(want) {
			t.Errorf("%s:\n  host: %s\n  ours: %s", src, describe(want, diagsError(wantDiags)), describe(got, diagsError(gotDiags)))
		}
	}
}

func diagsError(diags hcl.Diagnostics) error {
	if diags.HasErrors() {
		return diags
	}
	return nil
}

func describe(v cty.Value, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("%#v", v)
}

func describeArgs(args []cty.Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprintf("%#v", a)
	}
	return strings.Join(parts, ", ")
}
