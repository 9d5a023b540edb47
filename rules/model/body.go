package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Body is a block body read the same way from native syntax, JSON syntax and
// override files. JSON bodies are ambiguous without a schema, so every lookup
// names what it wants and the JSON decoder interprets the body accordingly.
type Body struct {
	layers []hcl.Body // base first, then override files in load order
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

func newBody(b hcl.Body) *Body { return &Body{layers: []hcl.Body{b}} }

func (b *Body) override(o hcl.Body) { b.layers = append(b.layers, o) }

// Attr returns the attribute with the given name; an override file's attribute wins over the base.
func (b *Body) Attr(name string) *hcl.Attribute {
	if b == nil {
		return nil
	}
	for i := len(b.layers) - 1; i >= 0; i-- {
		if a := attrOf(b.layers[i], name); a != nil {
			return a
		}
	}
	return nil
}

// Has reports whether the attribute is set.
func (b *Body) Has(name string) bool { return b.Attr(name) != nil }

// Blocks returns the nested blocks of a type, without dynamic ones. In override
// files, blocks of a type replace all blocks of that type in the base.
func (b *Body) Blocks(blockType string) []*Block {
	if b == nil {
		return nil
	}
	for i := len(b.layers) - 1; i >= 0; i-- {
		if blocks := blocksOf(b.layers[i], blockType); len(blocks) > 0 || i == 0 {
			return blocks
		}
	}
	return nil
}

// AllBlocks returns the static blocks of a type followed by the content of
// `dynamic "<type>"` blocks.
func (b *Body) AllBlocks(blockType string) []*Block {
	blocks := b.Blocks(blockType)
	for _, d := range b.Blocks("dynamic") {
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
			blocks = append(blocks, &Block{
				Type: blockType, Body: c.Body, DefRange: d.DefRange, TypeRange: d.TypeRange,
				Dynamic: true, Iterator: iterator, ForEach: forEach,
			})
		}
	}
	return blocks
}

// Syntax returns the native syntax body of the base layer, or nil for JSON.
func (b *Body) Syntax() *hclsyntax.Body {
	if b == nil || len(b.layers) == 0 {
		return nil
	}
	s, _ := b.layers[0].(*hclsyntax.Body)
	return s
}

// IsJSON reports whether the base layer is JSON syntax.
func (b *Body) IsJSON() bool { return b != nil && len(b.layers) > 0 && b.Syntax() == nil }

func attrOf(body hcl.Body, name string) *hcl.Attribute {
	if s, ok := body.(*hclsyntax.Body); ok {
		if a, ok := s.Attributes[name]; ok {
			return a.AsHCLAttribute()
		}
		return nil
	}
	content, _, _ := body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: name}}})
	if content == nil {
		return nil
	}
	return content.Attributes[name]
}

func blocksOf(body hcl.Body, blockType string) []*Block {
	var out []*Block
	if s, ok := body.(*hclsyntax.Body); ok {
		for _, blk := range s.Blocks {
			if blk.Type == blockType {
				out = append(out, &Block{Type: blk.Type, Labels: blk.Labels, Body: newBody(blk.Body), DefRange: blk.DefRange(), TypeRange: blk.TypeRange})
			}
		}
		return out
	}
	schema := &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: blockType}}}
	if blockType == "dynamic" {
		schema.Blocks[0].LabelNames = []string{"type"}
	}
	content, _, diags := body.PartialContent(schema)
	if content == nil || diags.HasErrors() && len(content.Blocks) == 0 {
		// A JSON property that is not an object cannot be a block; it may be an
		// attribute of the same name (e.g. `"egress": []`).
		return nil
	}
	for _, blk := range content.Blocks {
		out = append(out, &Block{Type: blk.Type, Labels: blk.Labels, Body: newBody(blk.Body), DefRange: blk.DefRange, TypeRange: blk.TypeRange})
	}
	return out
}
