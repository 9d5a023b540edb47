package multiregion

import (
	"fmt"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// group is a core service group: a name and the resource types that place it.
type group struct {
	name  string
	types []string
}

// defaultGroups are the core service groups of awsfacts.
var defaultGroups = func() []group {
	groups := make([]group, len(awsfacts.CoreServiceGroups))
	for i, g := range awsfacts.CoreServiceGroups {
		groups[i] = group{g.Name, g.Types}
	}
	return groups
}()

// groupsFrom returns the configured groups in name order, or the defaults.
func groupsFrom(configured map[string][]string) ([]group, error) {
	if configured == nil {
		return defaultGroups, nil
	}
	var out []group
	for _, name := range model.SortedKeys(configured) {
		types := configured[name]
		if len(types) == 0 {
			return nil, fmt.Errorf("groups: group %q lists no resource types", name)
		}
		for _, t := range types {
			if !strings.HasPrefix(t, "aws_") {
				return nil, fmt.Errorf("groups: %q in group %q is not an AWS resource type", t, name)
			}
		}
		out = append(out, group{name: name, types: types})
	}
	return out, nil
}
