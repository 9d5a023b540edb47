package kmskeyregional

import (
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// key is a key an attribute may point at.
type key struct {
	// label names the key in messages.
	label  string
	region model.Region
	// managed is set for a key resource of the configuration.
	managed bool
	// local is set for a key id or alias name, which AWS looks up in the caller's own region.
	local bool
	// awsManaged is set for an AWS managed key (alias/aws/...).
	awsManaged bool
}

// keyTypes are the managed KMS key types; a region holding one has
// a customer-managed key of its own.
var keyTypes = map[string]bool{
	"aws_kms_key": true, "aws_kms_replica_key": true,
	"aws_kms_external_key": true, "aws_kms_replica_external_key": true,
}

// keyAttrs are the attributes of a key that identify it.
var keyAttrs = map[string]bool{"arn": true, "id": true, "key_id": true}

// aliasAttrs are the attributes of an alias that identify its key.
var aliasAttrs = map[string]bool{
	"arn": true, "id": true, "name": true, "target_key_arn": true, "target_key_id": true,
}

// resourceKeys is what an attribute of a managed resource names: a key, by
// ARN or by id (which its multi-Region relatives share), or an alias's key.
func resourceKeys(t *model.Tracer[key], res *model.Resource, attr, instance string) ([]key, bool) {
	switch {
	case keyTypes[res.Type] && keyAttrs[attr]:
		if attr != "arn" {
			return multiRegionKeys(res, instance)
		}
		return []key{{label: res.Address() + instance, region: res.InstanceRegion(instance), managed: true}}, true
	case res.Type == "aws_kms_alias" && (attr == "name" || attr == "id"):
		return aliasKeysByName(t, res)
	case res.Type == "aws_kms_alias" && (attr == "arn" || attr == "target_key_arn") && res.Region.Known():
		// Both ARNs name the alias's region, even when its target is a
		// multi-Region key id that other regions share.
		aliased := key{label: res.Address(), region: res.Region}
		if keys, complete := aliasKeys(t, res); complete && len(keys) > 0 {
			aliased = keys[0]
			aliased.region = res.Region
		}
		return []key{aliased}, true
	case res.Type == "aws_kms_alias" && attr == "target_key_id":
		// The target's id: a multi-Region key's id names its replicas
		// too, so an id that cannot be followed is in no region for sure.
		return aliasTargetKeys(t, res)
	case res.Type == "aws_kms_alias" && aliasAttrs[attr]:
		return aliasKeys(t, res)
	}
	return nil, false
}

// multiRegionKeys resolves a key (the instance named by a literal
// index, if any) referenced by its id. AWS looks a bare id up in the caller's
// region, and the related keys of a multi-Region key share one id, so the id
// names the primary key and each of its replicas: a site in any of their
// regions finds a key. The referenced key comes first, to name it in messages.
func multiRegionKeys(res *model.Resource, instance string) ([]key, bool) {
	self := key{label: res.Address() + instance, region: res.InstanceRegion(instance), managed: true}
	primary := res
	switch res.Type {
	case "aws_kms_replica_key", "aws_kms_replica_external_key":
		primary = primaryOf(res)
		if primary == nil {
			return nil, false
		}
	default:
		multiRegion := res.Body.Attr("multi_region")
		if multiRegion == nil {
			return []key{self}, true
		}
		isMulti, known := res.Module.EvalBool(multiRegion.Expr, res)
		if !known {
			return nil, false
		}
		if !isMulti {
			return []key{self}, true
		}
	}
	cfg := res.Module.Config()
	// Each instance of an expanded primary is a key of its own.
	if primary.Expanded || unreadableMayReplicate(primary) {
		return nil, false
	}
	keys := []key{self}
	related := []*model.Resource{primary}
	for _, replicaType := range []string{"aws_kms_replica_key", "aws_kms_replica_external_key"} {
		for _, r := range cfg.ResourcesOfType(replicaType) {
			switch primaryOf(r) {
			case primary:
				related = append(related, r)
			case nil:
				return nil, false
			}
		}
	}
	for _, r := range related {
		regions := r.Regions()
		if len(regions) == 0 {
			return nil, false
		}
		for _, region := range regions {
			keys = append(keys, key{label: r.Address(), region: region, managed: true})
		}
	}
	return keys, true
}

// primaryOf is the key resource a replica's primary_key_arn names, directly
// (aws_kms_key.arn) or through an alias's target_key_arn, or nil when it
// cannot be followed to exactly one.
func primaryOf(replica *model.Resource) *model.Resource {
	arn := replica.Body.Attr("primary_key_arn")
	if arn == nil {
		return nil
	}
	refs, complete := replica.Module.References(arn.Expr)
	if !complete || len(refs) != 1 {
		return nil
	}
	switch ref := refs[0]; {
	case keyTypes[ref.Resource.Type]:
		return ref.Resource
	case ref.Resource.Type == "aws_kms_alias" && !ref.Resource.Data && ref.Attr == "target_key_arn":
		return aliasTarget(ref.Resource)
	}
	return nil
}

// aliasTarget is the key resource an alias's target_key_id names, or nil
// when it cannot be followed to exactly one.
func aliasTarget(alias *model.Resource) *model.Resource {
	target := alias.Body.Attr("target_key_id")
	if target == nil {
		return nil
	}
	refs, complete := alias.Module.References(target.Expr)
	if !complete || len(refs) != 1 || !keyTypes[refs[0].Resource.Type] {
		return nil
	}
	return refs[0].Resource
}

// instanceKey is the instance key that the steps after a resource address
// name with a literal index (`aws_kms_key.r["us-east-1"]`), or "".
func instanceKey(rest hcl.Traversal) string {
	if len(rest) > 0 {
		if idx, ok := rest[0].(hcl.TraverseIndex); ok {
			return model.InstanceKey(idx.Key)
		}
	}
	return ""
}

// aliasKeys follows an alias to its target key. An alias and its key
// share a region, so an alias whose target cannot be followed still places
// the key in the alias's region.
func aliasKeys(t *model.Tracer[key], alias *model.Resource) ([]key, bool) {
	if keys, complete := aliasTargetKeys(t, alias); complete && len(keys) > 0 {
		return keys, true
	}
	if alias.Region.Known() {
		return []key{{label: alias.Address(), region: alias.Region}}, true
	}
	return nil, false
}

// aliasTargetKeys follows an alias's target_key_id to the keys it names; a
// key id or alias name written there is looked up in the alias's region.
func aliasTargetKeys(t *model.Tracer[key], alias *model.Resource) ([]key, bool) {
	target := alias.Body.Attr("target_key_id")
	if target == nil {
		return nil, false
	}
	keys, complete := t.Follow(alias.Module, target.Expr, nil)
	for i := range keys {
		if keys[i].local {
			keys[i] = key{label: keys[i].label, region: alias.Region}
		}
		keys[i].label += " (through " + alias.Address() + ")"
	}
	return keys, complete
}

// aliasKeysByName resolves an alias used by its name, which AWS looks
// up in the caller's region: every alias of the configuration with that name
// is a candidate, each in its own region.
func aliasKeysByName(t *model.Tracer[key], alias *model.Resource) ([]key, bool) {
	name, known := aliasName(alias)
	if !known {
		return aliasKeys(t, alias)
	}
	cfg := alias.Module.Config()
	// A module the model cannot read may create the same name elsewhere.
	if cfg.HasOpaqueModules() {
		return nil, false
	}
	var keys []key
	complete := true
	for _, other := range cfg.ResourcesOfType("aws_kms_alias") {
		if otherName, ok := aliasName(other); !ok {
			complete = false
		} else if otherName == name {
			found, ok := aliasKeys(t, other)
			keys, complete = append(keys, found...), complete && ok
		}
	}
	return keys, complete
}

func aliasName(alias *model.Resource) (string, bool) {
	a := alias.Body.Attr("name")
	if a == nil {
		return "", false
	}
	return alias.Module.EvalString(a.Expr, alias)
}

// keyFromString reads a key id, alias name or ARN. An empty string names no key.
func keyFromString(s string) key {
	s = strings.TrimSpace(s)
	if s == "" {
		return key{}
	}
	k := key{label: strconv.Quote(s)}
	if !strings.HasPrefix(s, "arn:") {
		k.local = true
		k.awsManaged = strings.HasPrefix(s, "alias/aws/")
		return k
	}
	parts := strings.SplitN(s, ":", 6)
	if len(parts) == 6 && parts[2] == "kms" && awsregion.IsName(parts[3]) {
		k.region = model.Region{Name: parts[3]}
		k.awsManaged = strings.HasPrefix(parts[5], "alias/aws/")
	}
	return k
}
