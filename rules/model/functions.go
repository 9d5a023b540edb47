package model

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/customdecode"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/lang/marks"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// functions is our own copy of part of the host's function table: TFLint's
// table lives in a package with BUSL-1.1 files, which must not ship in this
// MPL-2.0 plugin. Where the host calls a go-cty or HCL function we call the
// same one; the few the host implements itself (coalesce, length, lookup,
// replace, sensitive, nonsensitive and the conversions) are written here to
// behave the same, which functions_host_test.go checks against TFLint's table
// on nulls, unknowns, sensitive values and wrong types. A call to any other
// function fails locally, and a failed evaluation is an unknown value: no
// verdict. As in the host, each function is also reachable as core::<name>.
var functions = withCoreNamespace(map[string]function.Function{
	"abs":             stdlib.AbsoluteFunc,
	"can":             canFunc,
	"ceil":            stdlib.CeilFunc,
	"chomp":           stdlib.ChompFunc,
	"chunklist":       stdlib.ChunklistFunc,
	"coalesce":        coalesceFunc,
	"coalescelist":    stdlib.CoalesceListFunc,
	"compact":         stdlib.CompactFunc,
	"concat":          stdlib.ConcatFunc,
	"contains":        stdlib.ContainsFunc,
	"csvdecode":       stdlib.CSVDecodeFunc,
	"distinct":        stdlib.DistinctFunc,
	"element":         stdlib.ElementFunc,
	"flatten":         stdlib.FlattenFunc,
	"floor":           stdlib.FloorFunc,
	"format":          stdlib.FormatFunc,
	"formatdate":      stdlib.FormatDateFunc,
	"formatlist":      stdlib.FormatListFunc,
	"indent":          stdlib.IndentFunc,
	"join":            stdlib.JoinFunc,
	"jsondecode":      stdlib.JSONDecodeFunc,
	"jsonencode":      stdlib.JSONEncodeFunc,
	"keys":            stdlib.KeysFunc,
	"length":          lengthFunc,
	"log":             stdlib.LogFunc,
	"lookup":          lookupFunc,
	"lower":           stdlib.LowerFunc,
	"max":             stdlib.MaxFunc,
	"merge":           stdlib.MergeFunc,
	"min":             stdlib.MinFunc,
	"nonsensitive":    nonsensitiveFunc,
	"parseint":        stdlib.ParseIntFunc,
	"pow":             stdlib.PowFunc,
	"range":           stdlib.RangeFunc,
	"regex":           stdlib.RegexFunc,
	"regexall":        stdlib.RegexAllFunc,
	"replace":         replaceFunc,
	"reverse":         stdlib.ReverseListFunc,
	"sensitive":       sensitiveFunc,
	"setintersection": stdlib.SetIntersectionFunc,
	"setproduct":      stdlib.SetProductFunc,
	"setsubtract":     stdlib.SetSubtractFunc,
	"setunion":        stdlib.SetUnionFunc,
	"signum":          stdlib.SignumFunc,
	"slice":           stdlib.SliceFunc,
	"sort":            stdlib.SortFunc,
	"split":           stdlib.SplitFunc,
	"strrev":          stdlib.ReverseFunc,
	"substr":          stdlib.SubstrFunc,
	"timeadd":         stdlib.TimeAddFunc,
	"title":           stdlib.TitleFunc,
	"tobool":          makeToFunc(cty.Bool),
	"tolist":          makeToFunc(cty.List(cty.DynamicPseudoType)),
	"tomap":           makeToFunc(cty.Map(cty.DynamicPseudoType)),
	"tonumber":        makeToFunc(cty.Number),
	"toset":           makeToFunc(cty.Set(cty.DynamicPseudoType)),
	"tostring":        makeToFunc(cty.String),
	"trim":            stdlib.TrimFunc,
	"trimprefix":      stdlib.TrimPrefixFunc,
	"trimspace":       stdlib.TrimSpaceFunc,
	"trimsuffix":      stdlib.TrimSuffixFunc,
	"try":             tryFunc,
	"upper":           stdlib.UpperFunc,
	"values":          stdlib.ValuesFunc,
	"zipmap":          stdlib.ZipmapFunc,
})

func withCoreNamespace(table map[string]function.Function) map[string]function.Function {
	all := make(map[string]function.Function, 2*len(table))
	for name, fn := range table {
		all[name] = fn
		all["core::"+name] = fn
	}
	return all
}

// refineNotNull is the refinement the host puts on the unknown results of
// its own functions, so that comparisons with null stay decidable.
func refineNotNull(b *cty.RefinementBuilder) *cty.RefinementBuilder { return b.NotNull() }

// sensitiveCalls counts the calls of sensitive(), the one source of marks
// in the model's evaluation (Module.EvalWith).
var sensitiveCalls atomic.Int64

// sensitiveFunc marks a value as the host does; the model strips marks from
// the final result, but inside an expression they follow the value through
// other functions exactly as in the host.
var sensitiveFunc = function.New(&function.Spec{
	Params: []function.Parameter{anyValue("value")},
	Type:   func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		sensitiveCalls.Add(1)
		return args[0].Mark(marks.Sensitive), nil
	},
})

// nonsensitiveFunc removes the sensitive mark from the value itself, not from
// values inside it, as the host does.
var nonsensitiveFunc = function.New(&function.Spec{
	Params: []function.Parameter{anyValue("value")},
	Type:   func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v, valueMarks := args[0].Unmark()
		delete(valueMarks, marks.Sensitive)
		return v.WithMarks(valueMarks), nil
	},
})

// anyValue is a parameter that takes every value as it is: null, unknown,
// of any type, marked.
func anyValue(name string) function.Parameter {
	return function.Parameter{
		Name: name, Type: cty.DynamicPseudoType,
		AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
	}
}

// lengthFunc is the host's length: characters of a string, elements of a
// collection, and also elements of a tuple and attributes of an object,
// which are known from the type even when the values are not.
var lengthFunc = function.New(&function.Spec{
	Params: []function.Parameter{{
		Name: "value", Type: cty.DynamicPseudoType,
		AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
	}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		if ty == cty.String || ty == cty.DynamicPseudoType || ty.IsCollectionType() || ty.IsTupleType() || ty.IsObjectType() {
			return cty.Number, nil
		}
		return cty.NilType, errors.New("argument must be a string, a collection type, or a structural type")
	},
	RefineResult: refineNotNull,
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		ty := v.Type()
		switch {
		case ty == cty.String:
			return stdlib.Strlen(v)
		case ty.IsCollectionType():
			return v.Length(), nil
		case ty.IsTupleType():
			return cty.NumberIntVal(int64(len(ty.TupleElementTypes()))).WithSameMarks(v), nil
		case ty.IsObjectType():
			return cty.NumberIntVal(int64(len(ty.AttributeTypes()))).WithSameMarks(v), nil
		default: // of a type not known yet
			return cty.UnknownVal(cty.Number).WithSameMarks(v), nil
		}
	},
})

// replaceFunc is the host's replace: a search string wrapped in slashes is a regular expression.
var replaceFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "str", Type: cty.String},
		{Name: "substr", Type: cty.String},
		{Name: "replace", Type: cty.String},
	},
	Type:         function.StaticReturnType(cty.String),
	RefineResult: refineNotNull,
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		str, substr, repl := args[0].AsString(), args[1].AsString(), args[2].AsString()
		if len(substr) > 1 && strings.HasPrefix(substr, "/") && strings.HasSuffix(substr, "/") {
			re, err := regexp.Compile(substr[1 : len(substr)-1])
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			return cty.StringVal(re.ReplaceAllString(str, repl)), nil
		}
		return cty.StringVal(strings.ReplaceAll(str, substr, repl)), nil
	},
})

// makeToFunc is the host's tostring, tolist and the like: the result has the
// wanted type itself (a list of any element type stays so even when unknown),
// and a conversion that can only fail on the value fails when it is known.
func makeToFunc(want cty.Type) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{anyValue("v")},
		Type: func(args []cty.Value) (cty.Type, error) {
			got := args[0].Type()
			if !got.Equals(want) && convert.GetConversionUnsafe(got, want) == nil {
				return cty.NilType, function.NewArgErrorf(0, "cannot convert %s to %s", got.FriendlyName(), want.FriendlyNameForConstraint())
			}
			return want, nil
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			if !args[0].IsKnown() {
				return cty.UnknownVal(retType).WithSameMarks(args[0]), nil
			}
			v, err := convert.Convert(args[0], retType)
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			return v, nil
		},
	})
}

// coalesceFunc is the host's coalesce, which also skips empty strings
// (cty's skips only nulls) and unifies its arguments' types more loosely.
var coalesceFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{
		Name: "vals", Type: cty.DynamicPseudoType,
		AllowUnknown: true, AllowDynamicType: true, AllowNull: true,
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		types := make([]cty.Type, len(args))
		for i, arg := range args {
			types[i] = arg.Type()
		}
		if ty, _ := convert.UnifyUnsafe(types); ty != cty.NilType {
			return ty, nil
		}
		return cty.NilType, errors.New("all arguments must have the same type")
	},
	RefineResult: refineNotNull,
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		for _, arg := range args {
			v, err := convert.Convert(arg, retType)
			if err != nil {
				continue // the host skips, as if null, a value that does not convert
			}
			if !v.IsKnown() {
				return cty.UnknownVal(retType), nil
			}
			if v.IsNull() || retType == cty.String && v.RawEquals(cty.StringVal("")) {
				continue
			}
			return v, nil
		}
		return cty.NilVal, errors.New("no non-null, non-empty-string arguments")
	},
})

// lookupFunc is the host's lookup: the element of a map or attribute of an
// object under a key, else the default, else an error. The result carries
// the marks of the collection and of the key.
var lookupFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "inputMap", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowMarked: true},
		{Name: "key", Type: cty.String, AllowUnknown: true, AllowMarked: true},
	},
	VarParam: &function.Parameter{
		Name: "default", Type: cty.DynamicPseudoType,
		AllowUnknown: true, AllowDynamicType: true, AllowNull: true, AllowMarked: true,
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		if len(args) > 3 {
			return cty.NilType, fmt.Errorf("lookup() takes two or three arguments, got %d", len(args))
		}
		collection, key := args[0].Type(), args[1]
		switch {
		case collection.IsObjectType():
			if !key.IsKnown() {
				return cty.DynamicPseudoType, nil
			}
			name, _ := key.Unmark()
			if collection.HasAttribute(name.AsString()) {
				return collection.AttributeType(name.AsString()), nil
			}
			if len(args) == 3 {
				return args[2].Type(), nil
			}
			return cty.NilType, function.NewArgErrorf(0, "the given object has no attribute %q", name.AsString())
		case collection.IsMapType():
			if len(args) == 3 {
				if _, err := convert.Convert(args[2], collection.ElementType()); err != nil {
					return cty.NilType, function.NewArgErrorf(2, "the default value must have the same type as the map elements")
				}
			}
			return collection.ElementType(), nil
		default:
			return cty.NilType, function.NewArgErrorf(0, "lookup() requires a map as the first argument")
		}
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		collection, collectionMarks := args[0].Unmark()
		key, keyMarks := args[1].Unmark()
		resultMarks := []cty.ValueMarks{collectionMarks, keyMarks}
		if !collection.IsKnown() || !key.IsKnown() {
			return cty.UnknownVal(retType).WithMarks(resultMarks...), nil
		}
		name := key.AsString()
		if collection.Type().IsObjectType() {
			if collection.Type().HasAttribute(name) {
				return collection.GetAttr(name).WithMarks(resultMarks...), nil
			}
		} else if collection.HasIndex(key) == cty.True {
			return collection.Index(key).WithMarks(resultMarks...), nil
		}
		if len(args) < 3 {
			return cty.DynamicVal, errors.New("lookup() found no such key and has no default")
		}
		v, err := convert.Convert(args[2], retType)
		if err != nil {
			return cty.NilVal, err
		}
		return v.WithMarks(resultMarks...), nil
	},
})

// tryFunc and canFunc are Terraform's try and can, except that an argument
// that fails only because it calls a function the model does not evaluate
// makes the result unknown: Terraform would have evaluated it.
var (
	tryFunc = function.New(&function.Spec{
		VarParam: &function.Parameter{Name: "expressions", Type: customdecode.ExpressionClosureType},
		Type: func(args []cty.Value) (cty.Type, error) {
			if callsUnevaluatedFunction(args) {
				return cty.DynamicPseudoType, nil
			}
			return tryfunc.TryFunc.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if callsUnevaluatedFunction(args) {
				return cty.DynamicVal, nil
			}
			return tryfunc.TryFunc.Call(args)
		},
	})
	canFunc = function.New(&function.Spec{
		Params: []function.Parameter{{Name: "expression", Type: customdecode.ExpressionClosureType}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if callsUnevaluatedFunction(args) {
				return cty.UnknownVal(cty.Bool), nil
			}
			return tryfunc.CanFunc.Call(args)
		},
	})
)

// callsUnevaluatedFunction reports whether evaluating one of try's or can's
// arguments, up to the first that succeeds, fails on a function missing
// from the model's table.
func callsUnevaluatedFunction(args []cty.Value) bool {
	for _, arg := range args {
		_, diags := customdecode.ExpressionClosureFromVal(arg).Value()
		if !diags.HasErrors() {
			return false
		}
		for _, d := range diags {
			if _, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallUnknownDiagExtra](d); ok {
				return true
			}
		}
	}
	return false
}
