package report

import "github.com/hashicorp/hcl/v2"

// cause is the code a finding's defect is in: a range in the module under
// check or a caller's argument (dir empty), or a range in a called module's
// directory on disk, shared by every call of that module source that says
// the same of it (says: the message apart from the call's address).
type cause struct {
	dir  string
	at   hcl.Range
	says string
}

// issue is what becomes one TFLint issue: the findings shown at one
// location, in the order they were reported.
type issue struct {
	at       hcl.Range
	findings []Finding
}

// issues groups a rule's findings: findings shown at one location are one
// issue, and so are findings with one cause, so that a defect in a module
// source called several times is shown once, at the first call that shows it.
type issues struct {
	list []*issue
	// byLocation is the issue shown at each location; a location whose
	// findings all joined another location's issue has none.
	byLocation map[hcl.Range]*issue
	byCause    map[cause]*issue
}

// add records a finding shown at a location with a cause.
func (is *issues) add(f Finding, at hcl.Range, c cause) {
	if is.byLocation == nil {
		is.byLocation, is.byCause = map[hcl.Range]*issue{}, map[cause]*issue{}
	}
	iss := is.join(is.byLocation[at], is.byCause[c])
	if iss == nil {
		iss = &issue{at: at}
		is.list = append(is.list, iss)
		is.byLocation[at] = iss
	}
	is.byCause[c] = iss
	for _, prev := range iss.findings {
		if prev.Message == f.Message {
			return
		}
	}
	iss.findings = append(iss.findings, f)
}

// join is the issue a finding belongs to. When both the issue shown at its
// location and the issue of its cause exist, the earlier of them takes over
// the later's findings and causes, and the later is not shown.
func (is *issues) join(byLocation, byCause *issue) *issue {
	switch {
	case byLocation == nil:
		return byCause
	case byCause == nil || byCause == byLocation:
		return byLocation
	}
	first, later := byLocation, byCause
	if is.index(later) < is.index(first) {
		first, later = later, first
	}
	first.findings = append(first.findings, later.findings...)
	is.list = append(is.list[:is.index(later)], is.list[is.index(later)+1:]...)
	delete(is.byLocation, later.at)
	for k, v := range is.byCause {
		if v == later {
			is.byCause[k] = first
		}
	}
	return first
}

func (is *issues) index(iss *issue) int {
	for i, x := range is.list {
		if x == iss {
			return i
		}
	}
	return -1
}
