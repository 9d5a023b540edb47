package model

import "github.com/zclconf/go-cty/cty"

// IsKnownNull reports a value that is known to be null: an argument set to
// null is not set.
func IsKnownNull(v cty.Value) bool {
	return v.IsKnown() && v.IsNull() && v.Type() != cty.NilType
}
