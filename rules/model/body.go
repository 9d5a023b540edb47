package model

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// Body is a block body as decoded with the model's schema, the same way for
// native syntax, JSON syntax and override files.
type Body struct {
	layers []*hclext.BodyContent // base first, then override files in load order
	schema *schemaNode
	json   bool
}

// Block is one nested block. Dynamic is set for the content of a
// `dynamic "<type>"` block, which stands for an unknown number of blocks.
type Block struct {
	Type      string
	Labels    []string
	Body      *Body
	DefRange  hcl.Range
	TypeRange hcl.Range
	Dynamic   bool
	// Iterator is the name that refers to the current element inside a dynamic block's content.
	Iterator string
	// ForEach is the for_each expression of a dynamic block.
	ForEach hcl.Expression
}

func newBody(content *hclext.BodyContent, schema *schemaNode, json bool) *Body {
	if content == nil {
		content = &hclext.BodyContent{}
	}
	return &Body{layers: []*hclext.BodyContent{content}, schema: schema, json: json}
}

func (b *Body) override(o *hclext.BodyContent) { b.layers = append(b.layers, o) }

// Overridden reports whether override files were merged into the body: an
// edit to one file's attribute may then uncover another file's.
func (b *Body) Overridden() bool { return b != nil && len(b.layers) > 1 }

// Attr returns the attribute with the given name; an override file's attribute wins over the base.
func (b *Body) Attr(name string) *hcl.Attribute {
	if b == nil {
		return nil
	}
	if !b.schema.has(name) {
		if b.schema.strict {
			panic(fmt.Sprintf("model: attribute %q is read but no rule's Reads declares it", name))
		}
		return nil
	}
	for i := len(b.layers) - 1; i >= 0; i-- {
		if a, ok := b.layers[i].Attributes[name]; ok {
			return a.AsNative()
		}
	}
	return nil
}

// Has reports whether the attribute is set.
func (b *Body) Has(name string) bool { return b.Attr(name) != nil }

// Attributes returns every attribute of a body decoded in just-attributes
// mode (module calls, locals), with override files applied.
func (b *Body) Attributes() map[string]*hcl.Attribute {
	out := map[string]*hcl.Attribute{}
	if b == nil {
		return out
	}
	for _, layer := range b.layers {
		for name, a := range layer.Attributes {
			out[name] = a.AsNative()
		}
	}
	return out
}

// Blocks returns the nested blocks of a type, without dynamic ones. In override
// files, blocks of a type replace all blocks of that type in the base.
func (b *Body) Blocks(blockType string) []*Block {
	if b == nil {
		return nil
	}
	if !b.schema.hasBlock(blockType) && blockType != "dynamic" {
		if b.schema.strict {
			panic(fmt.Sprintf("model: block %q is read but no rule's Reads declares it", blockType))
		}
		return nil
	}
	return b.layerBlocks(b.layerOf(blockType), blockType)
}

// layerOf is the last layer that holds blocks of a type, static or
// `dynamic "<type>"`: as in Terraform's override merging, they replace every
// block of that type, static or dynamic, of the layers before.
func (b *Body) layerOf(blockType string) int {
	for i := len(b.layers) - 1; i > 0; i-- {
		for _, blk := range b.layers[i].Blocks {
			if blk.Type == blockType || blk.Type == "dynamic" && len(blk.Labels) == 1 && blk.Labels[0] == blockType {
				return i
			}
		}
	}
	return 0
}

func (b *Body) layerBlocks(layer int, blockType string) []*Block {
	child := b.schema.child(blockType)
	var out []*Block
	for _, blk := range b.layers[layer].Blocks {
		if blk.Type == blockType {
			out = append(out, &Block{Type: blk.Type, Labels: blk.Labels, Body: newBody(blk.Body, child, b.json), DefRange: blk.DefRange, TypeRange: blk.TypeRange})
		}
	}
	return out
}

// AllBlocks returns the static blocks of a type followed by the content of
// `dynamic "<type>"` blocks.
func (b *Body) AllBlocks(blockType string) []*Block {
	blocks := b.Blocks(blockType)
	if b == nil || !b.schema.hasBlock(blockType) {
		return blocks
	}
	for _, d := range b.layerBlocks(b.layerOf(blockType), "dynamic") {
		if len(d.Labels) != 1 || d.Labels[0] != blockType {
			continue
		}
		iterator := blockType
		if it := d.Body.Attr("iterator"); it != nil {
			if name := hcl.ExprAsKeyword(it.Expr); name != "" {
				iterator = name
			}
		}
		var forEach hcl.Expression
		if fe := d.Body.Attr("for_each"); fe != nil {
			forEach = fe.Expr
		}
		for _, c := range d.Body.Blocks("content") {
			c.Body.schema = b.schema.child(blockType)
			blocks = append(blocks, &Block{
				Type: blockType, Body: c.Body, DefRange: d.DefRange, TypeRange: d.TypeRange,
				Dynamic: true, Iterator: iterator, ForEach: forEach,
			})
		}
	}
	return blocks
}

// IsJSON reports whether the body was written in JSON syntax.
func (b *Body) IsJSON() bool { return b != nil && b.json }
