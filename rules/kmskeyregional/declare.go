package kmskeyregional

import (
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// Reads is what the rule reads: every KMS attribute path as nested blocks,
// the arguments that place a key elsewhere, and what identifies a key data
// source, each KMS path for its own resource type only (read on every type,
// the ~300 paths would make the host decode every resource body with them);
// and what the deployment regions are worked out from. Object-typed
// attributes are read for their types only: an attribute declared with the
// name of a block hides that block in JSON files.
func (r *Rule) Reads() []model.Reads {
	asBlocks := func(segs []string) string {
		var b strings.Builder
		for _, s := range segs {
			b.WriteString(s + "{}.")
		}
		return b.String()
	}
	reads := append(awsfacts.RegionReads(),
		model.Reads{Paths: []string{"key_id", "name", "target_key_id"}},
		model.Reads{Types: []string{"aws_kms_key", "aws_kms_external_key"}, Paths: []string{"multi_region", "key_usage"}},
		model.Reads{Types: []string{"aws_kms_replica_key", "aws_kms_replica_external_key"}, Paths: []string{"primary_key_arn"}},
	)
	for resourceType, cond := range keyConditions {
		reads = append(reads, model.Reads{Types: []string{resourceType}, Paths: []string{cond.arg}})
	}
	for resourceType, paths := range data.KMSAttributes {
		for _, p := range paths {
			segs := strings.Split(p, ".")
			reads = append(reads, model.Reads{Types: []string{resourceType}, Paths: []string{asBlocks(segs[:len(segs)-1]) + segs[len(segs)-1]}})
		}
	}
	// Object-typed attributes (`encryption_configuration = { ... }`) are
	// attributes, not blocks, for these types only.
	for resourceType, path := range objectTyped {
		segs := strings.Split(path, ".")
		reads = append(reads, model.Reads{Types: []string{resourceType}, Paths: []string{asBlocks(segs[:len(segs)-1]) + segs[len(segs)-1]}})
	}
	for id, where := range places {
		typeAndPath := strings.SplitN(id, " ", 2)
		segs := strings.Split(typeAndPath[1], ".")
		for _, arg := range where.args {
			argSegs := strings.Split(arg, ".")
			reads = append(reads, model.Reads{Types: []string{typeAndPath[0]}, Paths: []string{asBlocks(segs[:where.depth]) + asBlocks(argSegs[:len(argSegs)-1]) + argSegs[len(argSegs)-1]}})
		}
	}
	return reads
}
