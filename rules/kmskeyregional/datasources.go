package kmskeyregional

import (
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// What an attribute of an aws_kms_key or aws_kms_alias data source names.
// The data source reads a key that exists, but not whether it is a
// multi-Region key: a multi-Region key's id (mrk-...) is the same in every
// region and resolves to the replica of the caller's region, so a key id read
// from a data source may work anywhere. An ARN names its region.
type dataAttr int

const (
	// notAKey: the attribute does not identify the key.
	notAKey dataAttr = iota
	// anARN: an ARN, of the key or of the alias, in the data source's region.
	anARN
	// aKeyID: the key's id.
	aKeyID
	// anAliasName: the alias's name, which AWS looks up in the caller's region.
	anAliasName
	// theInput: aws_kms_key's key_id, which echoes what the data source was
	// given: an alias name, an ARN or a key id.
	theInput
)

// dataAttrs tells what each attribute of the two data sources is. An
// aws_kms_alias data source's id is the alias ARN.
var dataAttrs = map[string]map[string]dataAttr{
	"aws_kms_key":   {"arn": anARN, "id": aKeyID, "key_id": theInput},
	"aws_kms_alias": {"arn": anARN, "id": anARN, "target_key_arn": anARN, "target_key_id": aKeyID, "name": anAliasName},
}

// dataSourceKeys is what an attribute of a key data source names; ok is
// false when that cannot be known, as for a key id that may be a
// multi-Region key's.
func dataSourceKeys(ds *model.Resource, attr, instance string) ([]key, bool) {
	kind := dataAttrs[ds.Type][attr]
	if kind == theInput {
		kind = inputKind(ds)
	}
	switch kind {
	case anARN:
		return []key{dataKey(ds, instance)}, true
	case aKeyID:
		// AWS managed keys are never multi-Region.
		if k := dataKey(ds, instance); k.awsManaged {
			return []key{k}, true
		}
	case anAliasName:
		if name, known := dataInput(ds); known {
			return []key{keyFromString(name)}, true
		}
		return []key{{label: ds.Address() + instance + "." + attr, local: true}}, true
	}
	return nil, false
}

// inputKind is what the key_id an aws_kms_key data source was given is: an
// alias name, an ARN or (otherwise, or when unknown) a key id.
func inputKind(ds *model.Resource) dataAttr {
	input, known := dataInput(ds)
	switch {
	case known && strings.HasPrefix(input, "alias/"):
		return anAliasName
	case known && strings.HasPrefix(input, "arn:"):
		return anARN
	}
	return aKeyID
}

// dataInput is the key_id or name a data source was given.
func dataInput(ds *model.Resource) (string, bool) {
	arg := "key_id"
	if ds.Type == "aws_kms_alias" {
		arg = "name"
	}
	a := ds.Body.Attr(arg)
	if a == nil {
		return "", false
	}
	s, known := ds.Module.EvalString(a.Expr, ds)
	return strings.TrimSpace(s), known
}

// dataKey is the key a data source reads: in the data source's
// region, or in the region of the ARN it names.
func dataKey(ds *model.Resource, instance string) key {
	found := key{label: ds.Address() + instance, region: ds.InstanceRegion(instance)}
	if input, known := dataInput(ds); known {
		named := keyFromString(input)
		found.awsManaged = named.awsManaged
		if named.region.Known() {
			found.region = named.region
		}
	}
	return found
}
