package model

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// The model asks the host once per module check for every top-level block,
// with resource bodies cut down to what the rules read. The host has already
// parsed the files; sending and re-parsing whole files costs as much as
// TFLint's own parse. Each rule states the resource attributes and nested
// blocks it reads (Reader); the ruleset builds one Schema from the enabled
// rules, so a disabled rule widens nothing. Reading anything undeclared finds
// nothing, and panics in a strict schema (tests) so that an omission cannot hide.

// Reads are resource body paths a rule reads: on every resource and data
// source type, or only on Types. A path is a dotted list whose segments ending
// in "{}" are nested blocks and whose last segment without braces is an
// attribute: "tags", "origin{}.domain_name", "viewer_certificate{}",
// "root_block_device{}.kms_key_id". `dynamic` blocks are read at every block
// level. Paths that only one type has are best read for that type: the host
// decodes every resource body with the union of what is read for the types
// present in the module.
type Reads struct {
	Types []string
	Paths []string
}

// Reader is a rule that reads resource bodies through the model.
type Reader interface {
	Reads() []Reads
}

// ReadsOf returns what a rule reads, nothing when it reads no resource body.
func ReadsOf(rule any) []Reads {
	if r, ok := rule.(Reader); ok {
		return r.Reads()
	}
	return nil
}

// baseReads are the arguments the model itself reads on every resource.
var baseReads = Reads{Paths: []string{"count", "for_each", "provider", "region", "tags", "depends_on", "lifecycle{}.ignore_changes"}}

// Schema is what the model decodes of resource bodies.
type Schema struct {
	all   *schemaNode
	typed map[string]*schemaNode

	mu     sync.Mutex
	merged map[string]*schemaNode
}

// NewSchema builds the schema of the given reads and the model's own. In a
// strict schema, reading an undeclared attribute or block panics.
func NewSchema(strict bool, reads ...Reads) *Schema {
	s := &Schema{all: newSchemaNode(), typed: map[string]*schemaNode{}, merged: map[string]*schemaNode{}}
	s.all.strict = strict
	for _, r := range append([]Reads{baseReads}, reads...) {
		if r.Types == nil {
			declare(s.all, r.Paths)
			continue
		}
		for _, t := range r.Types {
			node := s.typed[t]
			if node == nil {
				node = newSchemaNode()
				node.strict = strict
				s.typed[t] = node
			}
			declare(node, r.Paths)
		}
	}
	return s
}

// defaultSchema decodes only what the model itself reads.
var defaultSchema = NewSchema(false)

type schemaNode struct {
	attrs          map[string]bool
	blocks         map[string]*schemaNode
	justAttributes bool
	labels         []string
	// strict makes reading what the node does not hold panic.
	strict bool

	// dynamic is the schema of this level's dynamic blocks, built on first use.
	dynamicOnce sync.Once
	dynamic     *schemaNode
}

func newSchemaNode() *schemaNode {
	return &schemaNode{attrs: map[string]bool{}, blocks: map[string]*schemaNode{}}
}

func declare(root *schemaNode, paths []string) {
	for _, p := range paths {
		node := root
		segments := strings.Split(p, ".")
		for i, seg := range segments {
			if strings.HasSuffix(seg, "{}") {
				name := strings.TrimSuffix(seg, "{}")
				child := node.blocks[name]
				if child == nil {
					child = newSchemaNode()
					child.strict = root.strict
					node.blocks[name] = child
				}
				node = child
				continue
			}
			if i != len(segments)-1 {
				panic(fmt.Sprintf("model: declaring %q: %q must be a block (end it with {})", p, seg))
			}
			node.attrs[seg] = true
		}
	}
}

// forTypes is the schema of resource bodies in a module holding the given
// types: what is read on every type plus what is read on these.
func (s *Schema) forTypes(types []string) *schemaNode {
	s.mu.Lock()
	defer s.mu.Unlock()
	var present []string
	for _, t := range types {
		if s.typed[t] != nil {
			present = append(present, t)
		}
	}
	sort.Strings(present)
	key := strings.Join(present, ",")
	if n := s.merged[key]; n != nil {
		return n
	}
	n := mergeNodes(s.all, nil)
	for _, t := range present {
		n = mergeNodes(n, s.typed[t])
	}
	s.merged[key] = n
	return n
}

func (n *schemaNode) has(attr string) bool {
	return n == nil || n.justAttributes || n.attrs[attr]
}

func (n *schemaNode) hasBlock(name string) bool {
	return n == nil || n.blocks[name] != nil
}

func (n *schemaNode) child(name string) *schemaNode {
	if n == nil {
		return nil
	}
	if name == "dynamic" {
		n.dynamicOnce.Do(func() { n.dynamic = dynamicNode(n) })
		return n.dynamic
	}
	return n.blocks[name]
}

// dynamicNode is the schema of `dynamic "<type>"` blocks at a level: their
// content is any of the level's nested block schemas.
func dynamicNode(level *schemaNode) *schemaNode {
	content := newSchemaNode()
	content.strict = level.strict
	for _, b := range level.blocks {
		for a := range b.attrs {
			content.attrs[a] = true
		}
		for name, grandchild := range b.blocks {
			content.blocks[name] = mergeNodes(content.blocks[name], grandchild)
		}
	}
	d := newSchemaNode()
	d.strict = level.strict
	d.labels = []string{"type"}
	d.attrs["for_each"] = true
	d.attrs["iterator"] = true
	d.attrs["labels"] = true
	d.blocks["content"] = content
	return d
}

func mergeNodes(a, b *schemaNode) *schemaNode {
	out := newSchemaNode()
	for _, n := range []*schemaNode{a, b} {
		if n == nil {
			continue
		}
		out.strict = out.strict || n.strict
		for k := range n.attrs {
			out.attrs[k] = true
		}
		for k, c := range n.blocks {
			out.blocks[k] = mergeNodes(out.blocks[k], c)
		}
	}
	return out
}

func (n *schemaNode) bodySchema() *hclext.BodySchema {
	if n.justAttributes {
		return &hclext.BodySchema{Mode: hclext.SchemaJustAttributesMode}
	}
	s := &hclext.BodySchema{}
	for _, a := range sortedSet(n.attrs) {
		s.Attributes = append(s.Attributes, hclext.AttributeSchema{Name: a})
	}
	names := make([]string, 0, len(n.blocks))
	for name := range n.blocks {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		child := n.blocks[name]
		s.Blocks = append(s.Blocks, hclext.BlockSchema{Type: name, LabelNames: child.labels, Body: child.bodySchema()})
	}
	if len(n.blocks) > 0 && n.blocks["dynamic"] == nil && !n.isDynamic() {
		d := dynamicNode(n)
		s.Blocks = append(s.Blocks, hclext.BlockSchema{Type: "dynamic", LabelNames: d.labels, Body: d.bodySchema()})
	}
	return s
}

func (n *schemaNode) isDynamic() bool { return len(n.labels) == 1 && n.labels[0] == "type" }

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// providerSettings are the AWS provider's arguments that choose an account or
// credentials.
var providerSettings = []string{
	"profile", "access_key", "secret_key", "token", "shared_config_files", "shared_credentials_files",
	"allowed_account_ids", "forbidden_account_ids",
}

// Schemas of the other top-level blocks.
var (
	justAttributes = &schemaNode{justAttributes: true}
	providerSchema = func() *schemaNode {
		n := newSchemaNode()
		n.labels = []string{"name"}
		for _, a := range []string{"alias", "region"} {
			n.attrs[a] = true
		}
		// Read only for their presence: account and credential settings make
		// a block more than a proxy declaration.
		for _, a := range providerSettings {
			n.attrs[a] = true
		}
		for _, b := range []string{"assume_role", "assume_role_with_web_identity", "endpoints"} {
			n.blocks[b] = newSchemaNode()
		}
		dt := newSchemaNode()
		dt.attrs["tags"] = true
		n.blocks["default_tags"] = dt
		it := newSchemaNode()
		it.attrs["keys"] = true
		it.attrs["key_prefixes"] = true
		n.blocks["ignore_tags"] = it
		return n
	}()
	variableSchema = &schemaNode{attrs: map[string]bool{"default": true, "type": true, "sensitive": true, "nullable": true}, blocks: map[string]*schemaNode{}, labels: []string{"name"}}
	outputSchema   = &schemaNode{attrs: map[string]bool{"value": true, "sensitive": true}, blocks: map[string]*schemaNode{}, labels: []string{"name"}}
	terraformNode  = func() *schemaNode {
		n := newSchemaNode()
		n.attrs["required_version"] = true
		backend := newSchemaNode()
		backend.labels = []string{"type"}
		n.blocks["backend"] = backend
		n.blocks["cloud"] = newSchemaNode()
		n.blocks["required_providers"] = &schemaNode{justAttributes: true, attrs: map[string]bool{}, blocks: map[string]*schemaNode{}}
		return n
	}()
)

// topLevel returns the schema node for a top-level block type.
func topLevel(blockType string, resource *schemaNode) *schemaNode {
	switch blockType {
	case "resource", "data":
		return resource
	case "provider":
		return providerSchema
	case "module", "locals":
		return justAttributes
	case "variable":
		return variableSchema
	case "output":
		return outputSchema
	case "terraform":
		return terraformNode
	}
	return nil
}

// topSchema is the schema of a module's top-level blocks, with resource and
// data bodies decoded with the given node (nil: labels only).
func topSchema(resource *schemaNode) *hclext.BodySchema {
	body := &hclext.BodySchema{}
	if resource != nil {
		body = resource.bodySchema()
	}
	return &hclext.BodySchema{Blocks: []hclext.BlockSchema{
		{Type: "resource", LabelNames: []string{"type", "name"}, Body: body},
		{Type: "data", LabelNames: []string{"type", "name"}, Body: body},
		{Type: "provider", LabelNames: []string{"name"}, Body: providerSchema.bodySchema()},
		{Type: "module", LabelNames: []string{"name"}, Body: justAttributes.bodySchema()},
		{Type: "variable", LabelNames: []string{"name"}, Body: variableSchema.bodySchema()},
		{Type: "output", LabelNames: []string{"name"}, Body: outputSchema.bodySchema()},
		{Type: "locals", Body: justAttributes.bodySchema()},
		{Type: "terraform", Body: terraformNode.bodySchema()},
	}}
}

// blockTypes lists the resource and data source types among blocks.
func blockTypes(blocks hclext.Blocks) []string {
	seen := map[string]bool{}
	var out []string
	for _, b := range blocks {
		if (b.Type == "resource" || b.Type == "data") && len(b.Labels) == 2 && !seen[b.Labels[0]] {
			seen[b.Labels[0]] = true
			out = append(out, b.Labels[0])
		}
	}
	return out
}
