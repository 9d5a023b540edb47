package rules

import (
	"os"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// providerDefaults reads the default_tags keys of a provider configuration, once per configuration.
func (c *tagsCheck) providerDefaults(p *model.Provider) tagsKeySet {
	if d, ok := c.defaults[p]; ok {
		return d
	}
	var d tagsKeySet
	switch {
	case p == nil:
		// An alias the model cannot resolve, e.g. one a caller it cannot see passes in.
		d = tagsKeySet{keys: map[string]bool{}}
	case p.Block == nil:
		// No provider "aws" block: a deployable root then has no default_tags,
		// but a module linted on its own gets its provider from a caller.
		d = tagsKnownEmpty()
		if p.Module != c.cfg.Module || !c.cfg.IsConfigurationRoot {
			d.known = false
		}
	default:
		d = tagsKeysOf(p.DefaultTags)
		for _, dt := range p.Block.Body.AllBlocks("default_tags") {
			if dt.Dynamic {
				d.known = false
			}
		}
		c.ignoredTags(p, &d)
	}
	for _, k := range c.envDefaults {
		d.keys[k] = true
	}
	c.defaults[p] = d
	return d
}

// providerLack lists the required keys a provider configuration's
// default_tags lack, once per configuration: every resource of the
// configuration starts from them, and a near miss is looked for in each.
// The list is shared, and read only.
func (c *tagsCheck) providerLack(p *model.Provider) []string {
	if lack, ok := c.lack[p]; ok {
		return lack
	}
	lack := c.missing(c.required, c.providerDefaults(p))
	c.lack[p] = lack
	return lack
}

// tagsEnvPrefix names the environment variables from which the AWS provider
// reads default tags for every configuration (TF_AWS_DEFAULT_TAGS_Owner=team):
// HCP Terraform variable sets use them to tag whole organisations.
const tagsEnvPrefix = "TF_AWS_DEFAULT_TAGS_"

// tagsEnvDefaults returns the tag keys the environment sets as default tags.
func tagsEnvDefaults() []string {
	var keys []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if key, ok := strings.CutPrefix(name, tagsEnvPrefix); ok && key != "" {
			keys = append(keys, key)
		}
	}
	return keys
}

// ignoredTags counts the required keys a provider's ignore_tags hands to
// something outside Terraform as present: Terraform neither sets nor reports them.
func (c *tagsCheck) ignoredTags(p *model.Provider, d *tagsKeySet) {
	for _, it := range p.Block.Body.AllBlocks("ignore_tags") {
		if it.Dynamic {
			d.known = false
			continue
		}
		for _, arg := range []string{"keys", "key_prefixes"} {
			attr := it.Body.Attr(arg)
			if attr == nil {
				continue
			}
			v := p.Module.Eval(attr.Expr, nil)
			if !v.IsWhollyKnown() || v.IsNull() || !(v.Type().IsListType() || v.Type().IsSetType() || v.Type().IsTupleType()) {
				d.known = false
				continue
			}
			for el := v.ElementIterator(); el.Next(); {
				_, item := el.Element()
				if item.Type() != cty.String {
					continue
				}
				for _, required := range c.required {
					if required == item.AsString() || arg == "key_prefixes" && strings.HasPrefix(required, item.AsString()) {
						d.keys[required] = true
					}
				}
			}
		}
	}
}
