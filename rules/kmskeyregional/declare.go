package kmskeyregional

import (
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// What the rule reads: every KMS attribute path as nested blocks, the
// arguments that place a key elsewhere, and what identifies a key data
// source. Object-typed attributes are not declared: an attribute declared
// with the name of a block hides that block from every rule in JSON files.
var _ = declare()

// declare declares each KMS path for its own resource type only:
// declared for every type, the ~300 paths would make the host decode every
// resource body with them.
func declare() bool {
	asBlocks := func(segs []string) string {
		var b strings.Builder
		for _, s := range segs {
			b.WriteString(s + "{}.")
		}
		return b.String()
	}
	model.Declare("key_id", "name", "target_key_id")
	model.DeclareFor([]string{"aws_kms_key", "aws_kms_external_key"}, "multi_region", "key_usage")
	model.DeclareFor([]string{"aws_kms_replica_key", "aws_kms_replica_external_key"}, "primary_key_arn")
	for resourceType, cond := range keyConditions {
		model.DeclareFor([]string{resourceType}, cond.arg)
	}
	for resourceType, paths := range data.KMSAttributes {
		for _, p := range paths {
			segs := strings.Split(p, ".")
			model.DeclareFor([]string{resourceType}, asBlocks(segs[:len(segs)-1])+segs[len(segs)-1])
		}
	}
	// Object-typed attributes (`encryption_configuration = { ... }`) are
	// attributes, not blocks, for these types only.
	for resourceType, path := range objectTyped {
		segs := strings.Split(path, ".")
		model.DeclareFor([]string{resourceType}, asBlocks(segs[:len(segs)-1])+segs[len(segs)-1])
	}
	for id, where := range places {
		typeAndPath := strings.SplitN(id, " ", 2)
		segs := strings.Split(typeAndPath[1], ".")
		for _, arg := range where.args {
			argSegs := strings.Split(arg, ".")
			model.DeclareFor([]string{typeAndPath[0]}, asBlocks(segs[:where.depth])+asBlocks(argSegs[:len(argSegs)-1])+argSegs[len(argSegs)-1])
		}
	}
	return true
}
