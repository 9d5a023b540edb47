package kmskeyregional

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// site is one setting of a KMS attribute.
type site struct {
	res  *model.Resource
	path string
	expr hcl.Expression
	// rest is the part of the path inside expr, for object-typed attributes.
	rest []string
	// chain holds the blocks the path went through.
	chain []*model.Block
}

// objectTyped are path prefixes written as object-typed
// attributes (`name = { ... }`) rather than blocks.
var objectTyped = map[string]string{
	"aws_opensearchserverless_collection":              "encryption_config",
	"aws_s3tables_table":                               "encryption_configuration",
	"aws_s3tables_table_bucket":                        "encryption_configuration",
	"aws_s3vectors_index":                              "encryption_configuration",
	"aws_s3vectors_vector_bucket":                      "encryption_configuration",
	"aws_securitylake_data_lake":                       "configuration.encryption_configuration",
	"aws_networkfirewall_tls_inspection_configuration": "encryption_configuration",
}

// sites lists where a resource sets its KMS attributes: in blocks (static or
// dynamic) and in object-typed attributes.
func (c *check) sites(res *model.Resource) []site {
	var out []site
	for _, path := range data.KMSAttributes[res.Type] {
		segs := strings.Split(path, ".")
		var walk func(body *model.Body, owner hcl.Range, chain []*model.Block, i int)
		walk = func(body *model.Body, owner hcl.Range, chain []*model.Block, i int) {
			if i == len(segs)-1 {
				if a := body.Attr(segs[i]); a != nil {
					out = append(out, site{res: res, path: path, expr: a.Expr, chain: chain})
				}
				return
			}
			for _, blk := range body.AllBlocks(segs[i]) {
				walk(blk.Body, blk.DefRange, append(chain[:len(chain):len(chain)], blk), i+1)
			}
			if objectTyped[res.Type] == strings.Join(segs[:i+1], ".") {
				if a := body.Attr(segs[i]); a != nil {
					if expr, rest, ok := descend(a.Expr, segs[i+1:]); ok {
						out = append(out, site{res: res, path: path, expr: expr, rest: rest, chain: chain})
					}
				}
			}
		}
		walk(res.Body, res.DeclRange, nil, 0)
	}
	return out
}

// descend follows path segments through object constructors
// written in place, so that a finding points at the innermost value. ok is
// false when the object does not set the attribute.
func descend(expr hcl.Expression, rest []string) (hcl.Expression, []string, bool) {
	for len(rest) > 0 {
		switch e := expr.(type) {
		case *hclsyntax.ObjectConsExpr:
			value := objectItem(e, rest[0])
			if value == nil {
				return nil, nil, false
			}
			expr, rest = value, rest[1:]
		case *hclsyntax.TupleConsExpr:
			if len(e.Exprs) != 1 {
				return expr, rest, true
			}
			expr = e.Exprs[0]
		default:
			// JSON syntax: objects and one-element arrays read through the static helpers.
			if pairs, diags := hcl.ExprMap(expr); !diags.HasErrors() {
				var value hcl.Expression
				for _, pair := range pairs {
					if k, d := pair.Key.Value(nil); !d.HasErrors() && k.Type() == cty.String && k.AsString() == rest[0] {
						value = pair.Value
					}
				}
				if value == nil {
					return nil, nil, false
				}
				expr, rest = value, rest[1:]
				continue
			}
			if items, diags := hcl.ExprList(expr); !diags.HasErrors() && len(items) == 1 {
				expr = items[0]
				continue
			}
			return expr, rest, true
		}
	}
	return expr, rest, true
}

func objectItem(obj *hclsyntax.ObjectConsExpr, name string) hcl.Expression {
	for _, item := range obj.Items {
		if model.KeyName(item.KeyExpr) == name {
			return item.ValueExpr
		}
	}
	return nil
}
