package model

// Region identifies an AWS region. A known region has a Name. A region that
// cannot be evaluated is identified by the provider configuration that sets
// it; one that cannot be identified at all has neither.
type Region struct {
	Name     string
	Provider string
	// source identifies an unknown region by where it comes from: providers
	// whose region is the same reference, or that all take it from the
	// environment, are in one region whatever its name.
	source string
}

// Known reports whether the region's name is known.
func (r Region) Known() bool { return r.Name != "" }

// Identified reports whether the region can be told apart from others.
func (r Region) Identified() bool { return r.Name != "" || r.Provider != "" }

// Key is a comparable identity: the name, or the provider address.
func (r Region) Key() string {
	if r.Name != "" {
		return r.Name
	}
	if r.source != "" {
		return "source " + r.source
	}
	return "provider " + r.Provider
}

// String names the region for messages.
func (r Region) String() string {
	if r.Name != "" {
		return r.Name
	}
	if r.Provider != "" {
		return "the region of provider " + r.Provider
	}
	return "an unknown region"
}

// InstanceRegion is the region of one instance of a resource.
type InstanceRegion struct {
	Key    string
	Region Region
}

// Regions are the regions the resource's instances are placed in: its
// region when it is identified, else the distinct regions of its instances
// when they all are; none when they cannot be told.
func (r *Resource) Regions() []Region {
	if r.Region.Identified() {
		return []Region{r.Region}
	}
	seen := map[string]bool{}
	var out []Region
	for _, inst := range r.InstanceRegions {
		region := inst.Region
		if !region.Identified() {
			return nil
		}
		if !seen[region.Key()] {
			seen[region.Key()] = true
			out = append(out, region)
		}
	}
	return out
}

// InstanceRegion is the region of the instance a key names (`[0]`,
// `["us-east-1"]`), or the resource's region when instances do not differ
// or the key names none.
func (r *Resource) InstanceRegion(key string) Region {
	for _, inst := range r.InstanceRegions {
		if key != "" && inst.Key == key {
			return inst.Region
		}
	}
	return r.Region
}
