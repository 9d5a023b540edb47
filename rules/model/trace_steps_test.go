package model

import (
	"slices"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"
)

func TestFirstAttrSkipsInstanceKeys(t *testing.T) {
	steps := hcl.Traversal{
		hcl.TraverseIndex{Key: cty.StringVal("a")}, AnyIndex{},
		hcl.TraverseAttr{Name: "arn"}, hcl.TraverseIndex{Key: cty.NumberIntVal(0)},
	}
	if attr, after := FirstAttr(steps); attr != "arn" || len(after) != 1 {
		t.Errorf("FirstAttr = %q, %d steps after; want arn, 1", attr, len(after))
	}
	if attr, after := FirstAttr(steps[:2]); attr != "" || after != nil {
		t.Errorf("no attribute: FirstAttr = %q, %v", attr, after)
	}
}

func TestNativeReadsAJSONStringAsItsTemplate(t *testing.T) {
	file, diags := json.Parse([]byte(`{"a": "${aws_kms_key.k.arn}", "b": {"c": 1}}`), "x.tf.json")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	attrs, _ := file.Body.JustAttributes()
	wrap, ok := Native(attrs["a"].Expr).(*hclsyntax.TemplateWrapExpr)
	if !ok {
		t.Fatalf("a JSON string: Native = %T, want its template", Native(attrs["a"].Expr))
	}
	if got, want := wrap.Range().Start.Column, attrs["a"].Expr.Range().Start.Column+1; got != want {
		t.Errorf("template starts at column %d, want %d (inside the quotes)", got, want)
	}
	if Native(attrs["b"].Expr) != attrs["b"].Expr {
		t.Error("a JSON object must be returned as it is")
	}
}

func TestKeyNameIsTheStringHCLConvertsAKeyTo(t *testing.T) {
	expr, _ := hclsyntax.ParseExpression([]byte(`{ name = 1, "quoted" = 2, 3 = 3, (var.k) = 4 }`), "x.tf", hcl.InitialPos)
	var got []string
	for _, item := range expr.(*hclsyntax.ObjectConsExpr).Items {
		got = append(got, KeyName(item.KeyExpr))
	}
	if want := []string{"name", "quoted", "3", ""}; !slices.Equal(got, want) {
		t.Errorf("KeyName = %q, want %q", got, want)
	}
}

func TestIsKnownNull(t *testing.T) {
	for _, tt := range []struct {
		v    cty.Value
		want bool
	}{
		{cty.NullVal(cty.String), true},
		{cty.NullVal(cty.DynamicPseudoType), true},
		{cty.UnknownVal(cty.String), false},
		{cty.StringVal(""), false},
		{cty.NilVal, false},
	} {
		if IsKnownNull(tt.v) != tt.want {
			t.Errorf("IsKnownNull(%#v) = %v", tt.v, !tt.want)
		}
	}
}
