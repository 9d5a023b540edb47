package scandocs

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// yamlDocuments parses the documents of a YAML stream. Reading stops at the
// first syntax error, keeping the documents before it: CI services and
// pre-commit refuse a file they cannot parse, so what it shows is not run.
func yamlDocuments(text string) []*yaml.Node {
	dec := yaml.NewDecoder(strings.NewReader(text))
	var docs []*yaml.Node
	for {
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			return docs
		}
		docs = append(docs, &doc)
	}
}

// yamlWalker follows the aliases of YAML documents once per context (the
// walks carry one flag down the tree), so that aliases of aliases cannot
// make a walk exponential.
type yamlWalker struct {
	seen map[yamlVisit]bool
}

type yamlVisit struct {
	anchor *yaml.Node
	flag   bool
}

// resolve returns the node an alias stands for, or nil when the walk has
// already been there in the same context.
func (w *yamlWalker) resolve(n *yaml.Node, flag bool) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		if w.seen == nil {
			w.seen = map[yamlVisit]bool{}
		}
		if w.seen[yamlVisit{n.Alias, flag}] {
			return nil
		}
		w.seen[yamlVisit{n.Alias, flag}] = true
		n = n.Alias
	}
	return n
}

// deref returns the node an alias stands for, or the node itself. An
// anchored node is never an alias itself, so one step is enough; lookups
// that do not walk on (a step's inputs, a hook's id) cannot multiply.
func deref(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.AliasNode {
		return n.Alias
	}
	return n
}

// pairs returns a mapping's keys and values; nil for other nodes.
func pairs(n *yaml.Node) [][2]*yaml.Node {
	if n = deref(n); n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	var out [][2]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, [2]*yaml.Node{n.Content[i], n.Content[i+1]})
	}
	return out
}

// value returns the value of a mapping's key, nil when absent.
func value(n *yaml.Node, key string) *yaml.Node {
	for _, kv := range pairs(n) {
		if kv[0].Value == key {
			return deref(kv[1])
		}
	}
	return nil
}

// text returns a scalar's text; "" for other nodes.
func text(n *yaml.Node) string {
	if n = deref(n); n == nil || n.Kind != yaml.ScalarNode {
		return ""
	}
	return n.Value
}
