package model

import (
	"context"
	"fmt"
	"reflect"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
	"github.com/zclconf/go-cty/cty/msgpack"
)

// hostEvaluator asks the host to evaluate an expression of the module's
// files, as the SDK's EvaluateExpr does, without its first step: the SDK
// fetches the whole file holding the expression from the host and parses it
// again, only to cut the expression's text out of it. The model has the
// host's bytes of every file already (hostSources), so it sends the same
// request with them: the expression's text and range, the type wanted
// (any), the module under check as context. As hostSources, it reaches the
// SDK's generated client by exported names through reflection.
type hostEvaluator struct {
	evaluate reflect.Value // the client's EvaluateExpr method
	sources  map[string][]byte
	// selfModule is the number of the request's module context "the module
	// under check", the SDK's default.
	selfModule int64
}

// newHostEvaluator returns the evaluator of a runner whose sources were read
// by hostSources, or nil when the client does not have the expected shape;
// the model then asks the runner's EvaluateExpr.
func newHostEvaluator(runner tflint.Runner, sources map[string][]byte) *hostEvaluator {
	if sources == nil {
		return nil
	}
	evaluate, ok := clientMethod(runner, "EvaluateExpr")
	if !ok || !fillable(evaluate.Type().In(1), evaluateRequestShape) {
		return nil
	}
	ctxType, _ := evaluate.Type().In(1).Elem().FieldByName("Option")
	moduleCtx, _ := ctxType.Type.Elem().FieldByName("ModuleCtx")
	self, ok := enumValue(moduleCtx.Type, "MODULE_CTX_TYPE_SELF")
	if !ok {
		return nil
	}
	return &hostEvaluator{evaluate: evaluate, sources: sources, selfModule: self}
}

// evaluateRequestShape is the EvaluateExpr request as the SDK fills it:
// field names and kinds of the generated messages.
var evaluateRequestShape = map[string]any{
	"Expression": map[string]any{
		"Bytes": reflect.Slice,
		"Range": map[string]any{
			"Filename": reflect.String,
			"Start":    posShape,
			"End":      posShape,
		},
	},
	"Option": map[string]any{"Type": reflect.Slice, "ModuleCtx": reflect.Int32},
}

var posShape = map[string]any{"Line": reflect.Int64, "Column": reflect.Int64, "Byte": reflect.Int64}

// dynamicTypeJSON is the wanted type sent with each request: any.
var dynamicTypeJSON, _ = ctyjson.MarshalType(cty.DynamicPseudoType)

// value returns the host's value of expr, with its marks, or ok false when
// the expression is not in the module's files. An error of the host is an
// unknown value, as the callers take the SDK's errors.
func (e *hostEvaluator) value(expr hcl.Expression) (v cty.Value, ok bool) {
	if e == nil {
		return cty.NilVal, false
	}
	rng := expr.Range()
	src, found := e.sources[rng.Filename]
	if !found || !rng.CanSliceBytes(src) {
		return cty.NilVal, false
	}
	request := reflect.New(e.evaluate.Type().In(1).Elem())
	fill(request, map[string]any{
		"Expression": map[string]any{
			"Bytes": rng.SliceBytes(src),
			"Range": map[string]any{"Filename": rng.Filename, "Start": posValues(rng.Start), "End": posValues(rng.End)},
		},
		"Option": map[string]any{"Type": dynamicTypeJSON, "ModuleCtx": e.selfModule},
	})
	out := e.evaluate.Call([]reflect.Value{reflect.ValueOf(context.Background()), request})
	resp, isValue := out[0].Interface().(interface{ GetValue() []byte })
	if !out[1].IsNil() || !isValue {
		return cty.DynamicVal, true
	}
	v, err := msgpack.Unmarshal(resp.GetValue(), cty.DynamicPseudoType)
	if err != nil {
		return cty.DynamicVal, true
	}
	return v, true
}

func posValues(p hcl.Pos) map[string]any {
	return map[string]any{"Line": int64(p.Line), "Column": int64(p.Column), "Byte": int64(p.Byte)}
}

// fillable reports whether a pointer to a message struct has the shape:
// for each field name, a kind, or a pointer to a message of a nested shape.
func fillable(t reflect.Type, shape map[string]any) bool {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return false
	}
	for name, want := range shape {
		f, ok := t.Elem().FieldByName(name)
		if !ok {
			return false
		}
		switch want := want.(type) {
		case reflect.Kind:
			if f.Type.Kind() != want {
				return false
			}
		case map[string]any:
			if !fillable(f.Type, want) {
				return false
			}
		}
	}
	return true
}

// fill sets the fields of a message (a pointer to a struct of a shape
// fillable checked) from values: a nested map allocates the nested message,
// a value of another type of the field's kind (an enum's number) converts.
func fill(msg reflect.Value, values map[string]any) {
	for name, value := range values {
		f := msg.Elem().FieldByName(name)
		if nested, ok := value.(map[string]any); ok {
			m := reflect.New(f.Type().Elem())
			fill(m, nested)
			f.Set(m)
			continue
		}
		f.Set(reflect.ValueOf(value).Convert(f.Type()))
	}
}

// enumValue is the number of a generated enum's value by name, found by
// its String method.
func enumValue(t reflect.Type, name string) (int64, bool) {
	for n := int64(0); n < 16; n++ {
		v := reflect.New(t).Elem()
		v.SetInt(n)
		if s, ok := v.Interface().(fmt.Stringer); ok && s.String() == name {
			return n, true
		}
	}
	return 0, false
}
