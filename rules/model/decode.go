package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// decodeFile decodes a file's top-level blocks with the model's schema.
// Native syntax is decoded by walking what the body holds, which costs in
// proportion to the file rather than to the schema (hclext.PartialContent
// converts and checks the whole schema for every body); JSON needs the schema
// to be read at all.
func decodeFile(body hcl.Body, resource *schemaNode) (*hclext.BodyContent, hcl.Diagnostics) {
	native, ok := body.(*hclsyntax.Body)
	if !ok {
		return hclext.PartialContent(body, topSchema(resource))
	}
	if resource == nil {
		// Labels only, as topSchema(nil) asks.
		resource = newSchemaNode()
	}
	out := &hclext.BodyContent{Attributes: hclext.Attributes{}}
	for _, b := range native.Blocks {
		node := topLevel(b.Type, resource)
		if node == nil || len(b.Labels) != len(topLevelLabels[b.Type]) {
			continue
		}
		out.Blocks = append(out.Blocks, decodeBlock(b, node))
	}
	return out, nil
}

// topLevelLabels are the label counts of the top-level blocks the model reads.
var topLevelLabels = map[string][]string{
	"resource": {"type", "name"}, "data": {"type", "name"}, "provider": {"name"}, "module": {"name"},
	"variable": {"name"}, "output": {"name"}, "locals": nil, "terraform": nil,
}

func decodeBlock(b *hclsyntax.Block, node *schemaNode) *hclext.Block {
	return &hclext.Block{
		Type: b.Type, Labels: b.Labels, Body: decodeBody(b.Body, node),
		DefRange: b.DefRange(), TypeRange: b.TypeRange, LabelRanges: b.LabelRanges,
	}
}

func decodeBody(body *hclsyntax.Body, node *schemaNode) *hclext.BodyContent {
	out := &hclext.BodyContent{Attributes: hclext.Attributes{}}
	if node == nil {
		return out
	}
	for name, a := range body.Attributes {
		if node.justAttributes || node.attrs[name] {
			out.Attributes[name] = &hclext.Attribute{Name: name, Expr: a.Expr, Range: a.SrcRange, NameRange: a.NameRange}
		}
	}
	if node.justAttributes {
		return out
	}
	for _, b := range body.Blocks {
		child := node.blocks[b.Type]
		if b.Type == "dynamic" && child == nil && len(node.blocks) > 0 && !node.isDynamic() {
			child = node.child("dynamic")
		}
		if child == nil || len(b.Labels) != len(child.labels) {
			continue
		}
		out.Blocks = append(out.Blocks, decodeBlock(b, child))
	}
	return out
}
