package model

import (
	"errors"
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/customdecode"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// functions is the subset of Terraform's function table whose implementations
// are the same cty functions Terraform uses (or, for coalesce, length,
// lookup, replace, try, can and the conversions, behave the same on every
// input or give an unknown value). A call to any other function fails
// locally, and a failed evaluation is an unknown value: no verdict.
var functions = map[string]function.Function{
	"abs":             stdlib.AbsoluteFunc,
	"can":             canFunc,
	"ceil":            stdlib.CeilFunc,
	"chomp":           stdlib.ChompFunc,
	"coalesce":        coalesceFunc,
	"coalescelist":    stdlib.CoalesceListFunc,
	"compact":         stdlib.CompactFunc,
	"concat":          stdlib.ConcatFunc,
	"contains":        stdlib.ContainsFunc,
	"distinct":        stdlib.DistinctFunc,
	"element":         stdlib.ElementFunc,
	"flatten":         stdlib.FlattenFunc,
	"floor":           stdlib.FloorFunc,
	"format":          stdlib.FormatFunc,
	"formatlist":      stdlib.FormatListFunc,
	"indent":          stdlib.IndentFunc,
	"join":            stdlib.JoinFunc,
	"jsondecode":      stdlib.JSONDecodeFunc,
	"jsonencode":      stdlib.JSONEncodeFunc,
	"keys":            stdlib.KeysFunc,
	"length":          lengthFunc,
	"lookup":          lookupFunc,
	"lower":           stdlib.LowerFunc,
	"max":             stdlib.MaxFunc,
	"merge":           stdlib.MergeFunc,
	"min":             stdlib.MinFunc,
	"nonsensitive":    sensitivityFunc,
	"range":           stdlib.RangeFunc,
	"regex":           stdlib.RegexFunc,
	"regexall":        stdlib.RegexAllFunc,
	"replace":         replaceFunc,
	"reverse":         stdlib.ReverseListFunc,
	"sensitive":       sensitivityFunc,
	"setintersection": stdlib.SetIntersectionFunc,
	"setproduct":      stdlib.SetProductFunc,
	"setsubtract":     stdlib.SetSubtractFunc,
	"setunion":        stdlib.SetUnionFunc,
	"slice":           stdlib.SliceFunc,
	"sort":            stdlib.SortFunc,
	"split":           stdlib.SplitFunc,
	"substr":          stdlib.SubstrFunc,
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
}

// sensitivityFunc stands for sensitive and nonsensitive: they only mark a
// value, and the model reads values without marks.
var sensitivityFunc = function.New(&function.Spec{
	Params: []function.Parameter{{
		Name: "value", Type: cty.DynamicPseudoType,
		AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
	}},
	Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) { return args[0], nil },
})

// lengthFunc is Terraform's length: strings count characters, collections count elements.
var lengthFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowDynamicType: true, AllowUnknown: true}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		if v.Type() == cty.String {
			return stdlib.Strlen(v)
		}
		if !v.IsWhollyKnown() {
			return cty.UnknownVal(cty.Number), nil
		}
		return stdlib.Length(v)
	},
})

// replaceFunc is Terraform's replace: a search string wrapped in slashes is a regular expression.
var replaceFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "str", Type: cty.String},
		{Name: "substr", Type: cty.String},
		{Name: "replace", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
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

func makeToFunc(want cty.Type) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "v", Type: cty.DynamicPseudoType, AllowNull: true, AllowDynamicType: true}},
		Type: func(args []cty.Value) (cty.Type, error) {
			conv := convert.GetConversionUnsafe(args[0].Type(), want)
			if conv == nil {
				return cty.NilType, function.NewArgErrorf(0, "cannot convert %s", args[0].Type().FriendlyName())
			}
			out, err := conv(cty.UnknownVal(args[0].Type()))
			if err != nil {
				return cty.NilType, err
			}
			return out.Type(), nil
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			return convert.Convert(args[0], retType)
		},
	})
}

// coalesceFunc is Terraform's coalesce, which also skips empty strings
// (cty's skips only nulls).
var coalesceFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "vals", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true, AllowNull: true},
	Type: func(args []cty.Value) (cty.Type, error) {
		return stdlib.CoalesceFunc.ReturnTypeForValues(args)
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		for _, arg := range args {
			v, err := convert.Convert(arg, retType)
			if err != nil {
				return cty.UnknownVal(retType), err
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

// lookupFunc is Terraform's lookup, whose default is optional; without one
// the value is left unknown rather than reimplemented.
var lookupFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "inputMap", Type: cty.DynamicPseudoType},
		{Name: "key", Type: cty.String},
	},
	VarParam: &function.Parameter{Name: "default", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true, AllowNull: true},
	Type: func(args []cty.Value) (cty.Type, error) {
		if len(args) != 2 && len(args) != 3 {
			return cty.NilType, errors.New("lookup() takes two or three arguments")
		}
		return cty.DynamicPseudoType, nil
	},
	// As Terraform's: the element when the key is present, else the default,
	// which may be null.
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		// Unknown and null maps and keys never get here: the parameters do not allow them.
		collection, key := args[0], args[1]
		if len(args) == 2 {
			return cty.DynamicVal, nil
		}
		name := key.AsString()
		ty := collection.Type()
		switch {
		case ty.IsObjectType():
			if ty.HasAttribute(name) {
				return collection.GetAttr(name), nil
			}
		case ty.IsMapType():
			if collection.HasIndex(key).True() {
				return collection.Index(key), nil
			}
		default:
			return cty.NilVal, errors.New("lookup() needs a map")
		}
		return args[2], nil
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
