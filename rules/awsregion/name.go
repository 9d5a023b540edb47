// Package awsregion knows what an AWS region name looks like, and which
// directory names name a region's location (data.RegionNames), for the
// ruleset's configuration and for rules that read region names from values.
package awsregion

import "regexp"

var name = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-\d+$`)

// IsName reports whether s has the form of an AWS region name ("us-east-1").
func IsName(s string) bool { return name.MatchString(s) }
