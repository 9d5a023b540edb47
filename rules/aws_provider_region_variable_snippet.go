package rules

import "github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"

// A directory of provider blocks only (a snippet copied into roots) has a
// provider that reads variables the roots copying it declare. This file
// tells it from a root whose provider reads a variable nobody declares.

// isSnippetForOtherRoots reports whether the provider reads only variables
// the directory does not declare, and the directory deploys nothing (no
// resource, no module call) and keeps no state (no backend): nobody runs it
// as it stands, so Terraform never rejects the references, and the roots
// that copy it are judged where they declare the variables. A hard-coded or
// missing region would be copied as it is, and stays a finding.
func isSnippetForOtherRoots(cfg *model.Config, name string, source providerRegionSource, otherVars []string) bool {
	mod := cfg.Module
	if source != providerRegionFromVariable && source != providerRegionFromOtherVariable || mod.HasBackend {
		return false
	}
	if source == providerRegionFromVariable && mod.Variables[name] != nil {
		return false
	}
	for _, v := range otherVars {
		if mod.Variables[v] != nil {
			return false
		}
	}
	return deploysNothing(cfg)
}

// deploysNothing reports whether the root and the modules it reads hold no
// existing resource and call no module.
func deploysNothing(cfg *model.Config) bool {
	nothing := true
	cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			nothing = nothing && call.Absent
		}
		for _, res := range m.Resources {
			nothing = nothing && res.Absent()
		}
	})
	return nothing
}
