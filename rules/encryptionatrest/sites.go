package encryptionatrest

import (
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// site is one block where a setting is written, or would be: the resource
// body for a top-level setting, else one nested block (static or dynamic).
type site struct {
	res *model.Resource
	// chain holds the bodies from the resource down to the site; its last
	// body is nil when the site is an encryption block that is absent.
	chain []*model.Body
	// names are the block types of chain[1:].
	names []string
	// at is where a finding about an unset setting goes.
	at     hcl.Range
	scopes []scope
}

// body is the block that holds the setting; nil when it is absent.
func (s site) body() *model.Body { return s.chain[len(s.chain)-1] }

// sites lists the blocks that hold a setting at the dotted path's parent.
// A missing block whose name says it configures encryption
// (`server_side_encryption`, `encrypt_at_rest`) leaves the setting unset;
// other missing blocks (`ebs_block_device`) mean there is nothing to store.
func sites(res *model.Resource, path string) []site {
	var blocks []string
	if path != "" {
		segs := strings.Split(path, ".")
		blocks = segs[:len(segs)-1]
	}
	var out []site
	var walk func(chain []*model.Body, at hcl.Range, scopes []scope)
	walk = func(chain []*model.Body, at hcl.Range, scopes []scope) {
		depth := len(chain) - 1
		if depth == len(blocks) {
			out = append(out, site{res: res, chain: chain, names: blocks, at: at, scopes: scopes})
			return
		}
		found := chain[depth].AllBlocks(blocks[depth])
		if len(found) == 0 && configuresEncryption(blocks[depth]) {
			missing := append(chain[:len(chain):len(chain)], make([]*model.Body, len(blocks)-depth)...)
			out = append(out, site{res: res, chain: missing, names: blocks, at: at, scopes: scopes})
			return
		}
		for _, blk := range found {
			inner := scopes
			if blk.Dynamic {
				inner = dynamicScopes(res, scopes, blk)
			}
			if len(inner) > 0 {
				walk(append(chain[:len(chain):len(chain)], blk.Body), blk.DefRange, inner)
			}
		}
	}
	walk([]*model.Body{res.Body}, res.DeclRange, instanceScopes(res))
	return out
}

func configuresEncryption(block string) bool {
	return strings.Contains(block, "encrypt") || strings.Contains(block, "sse")
}

// lookup finds the attribute or block a resource-relative path names, read
// in the site's own blocks where the path goes through them, else in the
// first matching blocks from there. attr is nil for a block; ok is false
// when nothing is written there.
func (s site) lookup(path string) (attr *hcl.Attribute, ok bool) {
	segs := strings.Split(path, ".")
	body, i := s.chain[0], 0
	for ; i < len(segs)-1 && i < len(s.names) && segs[i] == s.names[i]; i++ {
		body = s.chain[i+1]
	}
	for ; i < len(segs)-1; i++ {
		if body == nil {
			return nil, false
		}
		blocks := body.Blocks(segs[i])
		if len(blocks) == 0 {
			return nil, false
		}
		body = blocks[0].Body
	}
	if body == nil {
		return nil, false
	}
	leaf := segs[len(segs)-1]
	if name, isBlock := strings.CutSuffix(leaf, "{}"); isBlock {
		return nil, len(body.AllBlocks(name)) > 0
	}
	attr = body.Attr(leaf)
	return attr, attr != nil
}
