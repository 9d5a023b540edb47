package encryptionatrest

import (
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// Reads is what the rule reads: for each decision it acts on, the setting,
// the attributes and blocks that settle it, its default's condition and its
// KMS key attribute, each for its own resource type only; and the account
// defaults for EBS.
func (r *Rule) Reads() []model.Reads {
	var reads []model.Reads
	for resourceType, list := range decisions {
		types := []string{resourceType}
		for _, d := range list {
			paths := append([]string{d.Path, d.ConditionAttr, d.KMSKeyPath}, d.SettledBy...)
			for _, p := range paths {
				if p != "" {
					reads = append(reads, model.Reads{Types: types, Paths: []string{schemaPath(p)}})
				}
			}
		}
	}
	return append(reads, model.Reads{Types: []string{"aws_ebs_encryption_by_default"}, Paths: []string{"enabled"}})
}

// schemaPath writes a dotted data path the way model.Reads takes it: every
// segment but the last is a block; a last segment ending in {} is a block too.
func schemaPath(path string) string {
	segs := strings.Split(path, ".")
	for i := range segs[:len(segs)-1] {
		segs[i] += "{}"
	}
	return strings.Join(segs, ".")
}
