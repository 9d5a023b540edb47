package multiregion

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// groupPresence is a group's presence in a region.
type groupPresence struct {
	example *model.Resource
	// certain is false when count or for_each (of the resource or of a module
	// call leading to it) may create no instance.
	certain bool
	// replica is true when the group is there only as a replica of a DynamoDB
	// table placed in another region.
	replica bool
}

// site is a region as this rule judges it: deployment regions the
// model tells apart but that are certainly the same region are merged.
type site struct {
	key string
	// regions are the merged deployment regions; the first names and anchors the site.
	regions    []*model.DeploymentRegion
	configured bool
	// hostsCore is true when the site certainly hosts a core group through a
	// resource of its own that is not a copy of another region's data.
	hostsCore bool
}

type analysis struct {
	cfg      *model.Config
	groups   []group
	groupsOf map[string][]int
	// implicit holds the addresses of implicit provider configurations.
	implicit map[string]bool
	sites    []*site
	presence map[string]map[int]groupPresence
	// anywhere holds groups with a resource whose region is unknown or
	// implicit.
	anywhere map[int]bool
	// artifacts are CI/CD artifact buckets (artifacts.go), which place no group.
	artifacts map[*model.Resource]bool
}

func newAnalysis(cfg *model.Config, groups []group) *analysis {
	a := &analysis{
		cfg: cfg, groups: groups, groupsOf: map[string][]int{}, implicit: map[string]bool{},
		presence: map[string]map[int]groupPresence{}, anywhere: map[int]bool{},
		artifacts: artifactStores(cfg),
	}
	for i, g := range groups {
		for _, t := range g.types {
			a.groupsOf[t] = append(a.groupsOf[t], i)
		}
	}
	a.noteImplicitProviders()
	a.placeResources()
	a.placeTableReplicas()
	return a
}

// noteImplicitProviders notes implicit configurations, which no provider
// block declares. (Providers whose unknown region comes from the same place
// share one region key in the model.)
func (a *analysis) noteImplicitProviders() {
	a.cfg.Module.Walk(func(m *model.Module) {
		if p := m.Provider("aws"); p != nil && p.Block == nil {
			a.implicit[p.Address] = true
		}
	})
}

// implicitRegion reports whether a region is that of an implicit provider
// configuration: whatever the environment says, most likely a region the
// configuration names elsewhere, so it is not judged as a region of its own.
func (a *analysis) implicitRegion(region model.Region) bool {
	return !region.Known() && a.implicit[region.Provider]
}

func (a *analysis) record(siteKey string, group int, res *model.Resource, certain, replica bool) {
	groups := a.presence[siteKey]
	if groups == nil {
		groups = map[int]groupPresence{}
		a.presence[siteKey] = groups
	}
	p := groupPresence{example: res, certain: certain, replica: replica}
	if old, ok := groups[group]; !ok || p.rank() > old.rank() {
		groups[group] = p
	}
}

// rank orders examples: certain before uncertain, placed before replicated,
// else the first one found.
func (p groupPresence) rank() int {
	rank := 0
	if p.certain {
		rank += 2
	}
	if !p.replica {
		rank++
	}
	return rank
}

func (a *analysis) placeResources() {
	replicas := dataReplicas(a.cfg)
	byKey := map[string]*site{}
	siteOf := func(region model.Region) *site {
		key := region.Key()
		s := byKey[key]
		if s == nil {
			s = &site{key: key}
			byKey[key] = s
			a.sites = append(a.sites, s)
		}
		return s
	}
	for _, dr := range awsfacts.DeploymentRegions(a.cfg) {
		if a.implicitRegion(dr.Region) {
			for _, res := range dr.Resources {
				a.placeAnywhere(res)
			}
			continue
		}
		s := siteOf(dr.Region)
		s.regions = append(s.regions, dr)
		s.configured = s.configured || dr.Configured
		for _, res := range dr.Resources {
			a.placeResource(s, res, replicas)
		}
	}
	for _, res := range a.cfg.AllResources() {
		if len(res.Regions()) > 0 || !awsfacts.IsRegional(a.cfg, res) {
			continue
		}
		a.placeAnywhere(res)
	}
}

// placeAnywhere notes a resource whose region is unknown: its groups may be in any region.
func (a *analysis) placeAnywhere(res *model.Resource) {
	if a.artifacts[res] {
		return
	}
	for _, g := range a.groupsOf[res.Type] {
		a.anywhere[g] = true
	}
}

func (a *analysis) placeResource(s *site, res *model.Resource, replicas map[*model.Resource]bool) {
	groups := a.groupsOf[res.Type]
	if len(groups) == 0 || a.artifacts[res] {
		return
	}
	certain := res.SurelyExists()
	for _, g := range groups {
		a.record(s.key, g, res, certain, false)
	}
	if certain && !replicas[res] {
		s.hostsCore = true
	}
}

// placeTableReplicas counts a DynamoDB table's `replica` blocks as the table
// being present in each replica region.
func (a *analysis) placeTableReplicas() {
	groups := append(append([]int{}, a.groupsOf["aws_dynamodb_table"]...), a.groupsOf["aws_dynamodb_table_replica"]...)
	if len(groups) == 0 {
		return
	}
	for _, table := range a.cfg.ResourcesOfType("aws_dynamodb_table") {
		if !awsfacts.IsRegional(a.cfg, table) {
			continue
		}
		certain := table.SurelyExists()
		for _, blk := range table.Body.AllBlocks("replica") {
			names, known := replicaRegions(table, blk)
			for _, g := range groups {
				if !known {
					a.anywhere[g] = true
				}
				for _, name := range names {
					a.record(name, g, table, certain, true)
				}
			}
		}
	}
}

// replicaRegions reads the region_name of a replica block, or of
// each block a dynamic "replica" block with a known for_each generates.
func replicaRegions(table *model.Resource, blk *model.Block) (names []string, known bool) {
	attr := blk.Body.Attr("region_name")
	if attr == nil {
		return nil, true
	}
	if !blk.Dynamic {
		name, ok := table.Module.EvalString(attr.Expr, table)
		if !ok {
			return nil, false
		}
		return []string{name}, true
	}
	// Elements may hold unknown values (KMS key ARNs) beside known region
	// names: only the region name must be known.
	bindings, known := table.Module.DynamicBindings(blk, table)
	if !known {
		return nil, false
	}
	for _, binding := range bindings {
		name := table.Module.EvalWith(attr.Expr, table, binding)
		if !name.IsKnown() || name.IsNull() || name.Type() != cty.String {
			return nil, false
		}
		names = append(names, name.AsString())
	}
	return names, true
}
