package model

import (
	"context"
	"errors"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/msgpack"
)

// The EvaluateExpr messages as the SDK's generated code declares them.
type (
	evaluateRequest struct {
		Option     *evaluateOption
		Expression *expression
	}
	evaluateOption struct {
		Type      []byte
		ModuleCtx moduleCtxType
	}
	expression struct {
		Bytes []byte
		Range *protoRange
	}
	protoRange struct {
		Filename   string
		Start, End *protoPos
	}
	protoPos         struct{ Line, Column, Byte int64 }
	evaluateResponse struct{ value []byte }
	moduleCtxType    int32
)

func (r *evaluateResponse) GetValue() []byte { return r.value }

func (t moduleCtxType) String() string {
	return [...]string{"MODULE_CTX_TYPE_UNSPECIFIED", "MODULE_CTX_TYPE_SELF", "MODULE_CTX_TYPE_ROOT"}[t]
}

func (c *fakeClient) EvaluateExpr(ctx context.Context, req *evaluateRequest, opts ...callOption) (*evaluateResponse, error) {
	c.evaluated = req
	return &evaluateResponse{value: c.value}, c.err
}

func TestHostEvaluatorSendsTheExpressionAsTheSDKDoes(t *testing.T) {
	src := []byte("locals {\n  a = var.env\n}\n")
	value, err := msgpack.Marshal(cty.StringVal("prod"), cty.DynamicPseudoType)
	if err != nil {
		t.Fatal(err)
	}
	client := &fakeClient{value: value}
	e := newHostEvaluator(&grpcRunner{Runner: sdkRunner{}, Client: client}, map[string][]byte{"main.tf": src})
	if e == nil {
		t.Fatal("no evaluator for a client of the SDK's shape")
	}
	expr := varOccurrence(t, src)
	got, ok := e.value(expr)
	if !ok || !got.RawEquals(cty.StringVal("prod")) {
		t.Fatalf("got %#v, %v; want the host's value", got, ok)
	}
	req := client.evaluated
	rng := expr.Range()
	if string(req.Expression.Bytes) != "var.env" || req.Expression.Range.Filename != "main.tf" ||
		*req.Expression.Range.Start != (protoPos{int64(rng.Start.Line), int64(rng.Start.Column), int64(rng.Start.Byte)}) ||
		*req.Expression.Range.End != (protoPos{int64(rng.End.Line), int64(rng.End.Column), int64(rng.End.Byte)}) {
		t.Errorf("expression sent: %q %+v %+v %+v", req.Expression.Bytes, req.Expression.Range, req.Expression.Range.Start, req.Expression.Range.End)
	}
	if string(req.Option.Type) != `"dynamic"` || req.Option.ModuleCtx.String() != "MODULE_CTX_TYPE_SELF" {
		t.Errorf("option sent: %s %s", req.Option.Type, req.Option.ModuleCtx)
	}

	client.err = errors.New("unknown value")
	if got, ok := e.value(expr); !ok || got != cty.DynamicVal {
		t.Errorf("a host error gives %#v, %v; want an unknown value", got, ok)
	}
	other, _ := hclsyntax.ParseExpression([]byte("var.env"), "other.tf", hcl.InitialPos)
	if _, ok := e.value(other); ok {
		t.Error("an expression of a file the host did not send is evaluated")
	}
}

func TestHostEvaluatorNeedsTheSDKClient(t *testing.T) {
	if e := newHostEvaluator(sdkRunner{}, map[string][]byte{}); e != nil {
		t.Error("an evaluator for a runner without the SDK's client")
	}
	if e := newHostEvaluator(&grpcRunner{Runner: sdkRunner{}, Client: &fakeClient{}}, nil); e != nil {
		t.Error("an evaluator without the host's sources")
	}
	var none *hostEvaluator
	if _, ok := none.value(&hclsyntax.LiteralValueExpr{}); ok {
		t.Error("no evaluator evaluates")
	}
}

// varOccurrence returns the expression of the first attribute of the first block of src.
func varOccurrence(t *testing.T, src []byte) hcl.Expression {
	t.Helper()
	f, diags := hclsyntax.ParseConfig(src, "main.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return f.Body.(*hclsyntax.Body).Blocks[0].Body.Attributes["a"].Expr
}
