package kmskeyregional

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// callMetaArgs are the arguments of a module call that pass it no value.
var callMetaArgs = map[string]bool{"source": true, "version": true, "providers": true, "depends_on": true}

// unreadableMayReplicate reports whether a module the model cannot read may
// create a replica of a multi-Region key: a replica names its primary's ARN,
// so only a call given something that may lead to that key can make one. Any
// other unreadable module leaves the replicas the configuration shows the
// only ones.
func unreadableMayReplicate(primary *model.Resource) bool {
	cfg := primary.Module.Config()
	if !cfg.HasOpaqueModules() {
		return false
	}
	refs := model.ReferenceTracer()
	// A value set from outside the configuration cannot be the ARN of a key
	// the configuration creates.
	refs.Variable = func(*model.Tracer[model.Ref], *model.Module, hcl.Traversal) ([]model.Ref, bool) { return nil, true }
	may := false
	cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			if may || call.Module != nil || call.Absent {
				continue
			}
			for name, arg := range call.Body.Attributes() {
				if callMetaArgs[name] {
					continue
				}
				found, complete := refs.Trace(m, arg.Expr, nil)
				if !complete || mayLeadTo(found, primary) {
					may = true
				}
			}
		}
	})
	return may
}

// mayLeadTo reports whether one of the references may give primary's ARN:
// the key itself, an alias or replica of it (or one that cannot be
// followed), or a key data source, which may read it.
func mayLeadTo(refs []model.Ref, primary *model.Resource) bool {
	for _, ref := range refs {
		res := ref.Resource
		switch {
		case res == primary:
			return true
		case res.Data:
			if res.Type == "aws_kms_key" || res.Type == "aws_kms_alias" {
				return true
			}
		case res.Type == "aws_kms_alias":
			if target := aliasTarget(res); target == nil || target == primary {
				return true
			}
		case res.Type == "aws_kms_replica_key" || res.Type == "aws_kms_replica_external_key":
			if p := primaryOf(res); p == nil || p == primary {
				return true
			}
		}
	}
	return false
}
