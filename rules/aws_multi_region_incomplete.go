package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
)

// AwsMultiRegionIncompleteRule requires every deployment region of a
// multi-region configuration to host the same core service groups.
type AwsMultiRegionIncompleteRule struct {
	tflint.DefaultRule
}

// NewAwsMultiRegionIncompleteRule returns the rule.
func NewAwsMultiRegionIncompleteRule() *AwsMultiRegionIncompleteRule {
	return &AwsMultiRegionIncompleteRule{}
}

func (r *AwsMultiRegionIncompleteRule) Name() string              { return "aws_multi_region_incomplete" }
func (r *AwsMultiRegionIncompleteRule) Enabled() bool             { return true }
func (r *AwsMultiRegionIncompleteRule) Severity() tflint.Severity { return tflint.WARNING }
func (r *AwsMultiRegionIncompleteRule) Link() string              { return project.ReferenceLink(r.Name()) }

type multiRegionRuleConfig struct {
	// Groups replaces the default groups: group name → resource types.
	Groups map[string][]string `hclext:"groups,optional"`
	// StackRoles replaces the role words that name stacks (multiregion_stacks.go).
	StackRoles []string `hclext:"stack_roles,optional"`
	// ExemptStacks are stacks left out of the comparison across root directories.
	ExemptStacks []string `hclext:"exempt_stacks,optional"`
}

type multiRegionGroup struct {
	name  string
	types []string
}

// multiRegionDefaultGroups are the core service groups of awsfacts.
var multiRegionDefaultGroups = func() []multiRegionGroup {
	groups := make([]multiRegionGroup, len(awsfacts.CoreServiceGroups))
	for i, g := range awsfacts.CoreServiceGroups {
		groups[i] = multiRegionGroup{g.Name, g.Types}
	}
	return groups
}()

// Reads is what the rule reads besides the attributes every body exposes,
// and what the deployment regions are worked out from.
func (r *AwsMultiRegionIncompleteRule) Reads() []model.Reads {
	return append(awsfacts.RegionReads(),
		model.Reads{Paths: []string{
			"replica{}.region_name", "replicate_source_db", "replication_source_identifier",
			"global_replication_group_id", "rule{}.destination{}.bucket",
			"replication_configuration{}.rules{}.destination{}.bucket",
		}},
		model.Reads{Types: []string{"aws_s3_bucket"}, Paths: []string{"bucket"}},
	)
}

// multiRegionCallMetaArgs are module block arguments that pass no input to the module.
var multiRegionCallMetaArgs = map[string]bool{
	"source": true, "version": true, "providers": true, "count": true, "for_each": true, "depends_on": true,
}

func (r *AwsMultiRegionIncompleteRule) Check(runner tflint.Runner) error {
	var conf multiRegionRuleConfig
	if err := ruleconfig.Decode(runner, r.Name(), &conf); err != nil {
		return err
	}
	groups, err := multiRegionGroupsFrom(conf.Groups)
	if err != nil {
		return &ruleconfig.Error{Rule: r.Name(), Err: err}
	}
	stackSettings, err := multiRegionStackSettingsFrom(conf)
	if err != nil {
		return &ruleconfig.Error{Rule: r.Name(), Err: err}
	}
	cfg := model.For(runner)
	if !cfg.IsConfigurationRoot || len(groups) == 0 {
		return nil
	}
	for _, f := range newMultiRegionAnalysis(cfg, groups).findings() {
		if err := runner.EmitIssue(r, f.message, f.at); err != nil {
			return err
		}
	}
	return r.checkStacks(runner, cfg, groups, stackSettings)
}

// multiRegionGroupsFrom returns the configured groups in name order, or the defaults.
func multiRegionGroupsFrom(configured map[string][]string) ([]multiRegionGroup, error) {
	if configured == nil {
		return multiRegionDefaultGroups, nil
	}
	var out []multiRegionGroup
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
		out = append(out, multiRegionGroup{name: name, types: types})
	}
	return out, nil
}

// multiRegionPresence is a group's presence in a region.
type multiRegionPresence struct {
	example *model.Resource
	// certain is false when count or for_each (of the resource or of a module
	// call leading to it) may create no instance.
	certain bool
	// replica is true when the group is there only as a replica of a DynamoDB
	// table placed in another region.
	replica bool
}

// multiRegionSite is a region as this rule judges it: deployment regions the
// model tells apart but that are certainly the same region are merged.
type multiRegionSite struct {
	key string
	// regions are the merged deployment regions; the first names and anchors the site.
	regions    []*model.DeploymentRegion
	configured bool
	// hostsCore is true when the site certainly hosts a core group through a
	// resource of its own that is not a copy of another region's data.
	hostsCore bool
}

type multiRegionFinding struct {
	message string
	at      hcl.Range
}

type multiRegionAnalysis struct {
	cfg      *model.Config
	groups   []multiRegionGroup
	groupsOf map[string][]int
	// implicit holds the addresses of implicit provider configurations.
	implicit map[string]bool
	sites    []*multiRegionSite
	presence map[string]map[int]multiRegionPresence
	// anywhere holds groups with a resource whose region is unknown or
	// implicit.
	anywhere map[int]bool
}

func newMultiRegionAnalysis(cfg *model.Config, groups []multiRegionGroup) *multiRegionAnalysis {
	a := &multiRegionAnalysis{
		cfg: cfg, groups: groups, groupsOf: map[string][]int{}, implicit: map[string]bool{},
		presence: map[string]map[int]multiRegionPresence{}, anywhere: map[int]bool{},
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
func (a *multiRegionAnalysis) noteImplicitProviders() {
	a.cfg.Module.Walk(func(m *model.Module) {
		if p := m.Provider("aws"); p != nil && p.Block == nil {
			a.implicit[p.Address] = true
		}
	})
}

// implicitRegion reports whether a region is that of an implicit provider
// configuration: whatever the environment says, most likely a region the
// configuration names elsewhere, so it is not judged as a region of its own.
func (a *multiRegionAnalysis) implicitRegion(region model.Region) bool {
	return !region.Known() && a.implicit[region.Provider]
}

func (a *multiRegionAnalysis) record(siteKey string, group int, res *model.Resource, certain, replica bool) {
	groups := a.presence[siteKey]
	if groups == nil {
		groups = map[int]multiRegionPresence{}
		a.presence[siteKey] = groups
	}
	p := multiRegionPresence{example: res, certain: certain, replica: replica}
	if old, ok := groups[group]; !ok || p.rank() > old.rank() {
		groups[group] = p
	}
}

// rank orders examples: certain before uncertain, placed before replicated,
// else the first one found.
func (p multiRegionPresence) rank() int {
	rank := 0
	if p.certain {
		rank += 2
	}
	if !p.replica {
		rank++
	}
	return rank
}

func (a *multiRegionAnalysis) placeResources() {
	replicas := multiRegionDataReplicas(a.cfg)
	byKey := map[string]*multiRegionSite{}
	site := func(region model.Region) *multiRegionSite {
		key := region.Key()
		s := byKey[key]
		if s == nil {
			s = &multiRegionSite{key: key}
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
		s := site(dr.Region)
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
func (a *multiRegionAnalysis) placeAnywhere(res *model.Resource) {
	for _, g := range a.groupsOf[res.Type] {
		a.anywhere[g] = true
	}
}

func (a *multiRegionAnalysis) placeResource(s *multiRegionSite, res *model.Resource, replicas map[*model.Resource]bool) {
	groups := a.groupsOf[res.Type]
	if len(groups) == 0 {
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
func (a *multiRegionAnalysis) placeTableReplicas() {
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
			names, known := multiRegionReplicaRegions(table, blk)
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

// multiRegionReplicaRegions reads the region_name of a replica block, or of
// each block a dynamic "replica" block with a known for_each generates.
func multiRegionReplicaRegions(table *model.Resource, blk *model.Block) (names []string, known bool) {
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
	// names; only a set's elements must all be known to be counted.
	elems := table.Module.Eval(blk.ForEach, table)
	if !elems.IsKnown() || elems.IsNull() || !elems.CanIterateElements() || elems.Type().IsSetType() && !elems.IsWhollyKnown() {
		return nil, false
	}
	for it := elems.ElementIterator(); it.Next(); {
		key, value := it.Element()
		ctx := &hcl.EvalContext{Variables: map[string]cty.Value{
			blk.Iterator: cty.ObjectVal(map[string]cty.Value{"key": key, "value": value}),
		}}
		name, diags := attr.Expr.Value(ctx)
		if diags.HasErrors() || !name.IsKnown() || name.IsNull() || name.Type() != cty.String {
			return nil, false
		}
		names = append(names, name.AsString())
	}
	return names, true
}

// multiRegionDataReplicas are resources that copy data from another
// resource: a region that hosts nothing else keeps backups or a pilot light,
// and is not a deployment region of its own.
func multiRegionDataReplicas(cfg *model.Config) map[*model.Resource]bool {
	out := map[*model.Resource]bool{}
	var bucketsByName map[string][]*model.Resource
	// A destination in dynamic blocks (as terraform-aws-modules/s3-bucket
	// writes it) is an iterator's value, which refers to nothing: the buckets
	// are then those the enclosing blocks' for_each refer to.
	markBuckets := func(res *model.Resource, enclosing []*model.Block, destinations []*model.Block) {
		for _, d := range destinations {
			bucket := d.Body.Attr("bucket")
			if bucket == nil {
				continue
			}
			// A destination written as an ARN names the bucket, not the resource.
			if arn, ok := res.Module.EvalString(bucket.Expr, res); ok {
				if bucketsByName == nil {
					bucketsByName = multiRegionBucketsByName(cfg)
				}
				for _, b := range bucketsByName[multiRegionBucketFromARN(arn)] {
					out[b] = true
				}
			}
			exprs := []hcl.Expression{bucket.Expr}
			for _, b := range append(enclosing, d) {
				if b.Dynamic && b.ForEach != nil {
					exprs = append(exprs, b.ForEach)
				}
			}
			for _, expr := range exprs {
				refs, _ := res.Module.References(expr)
				for _, ref := range refs {
					if ref.Resource.Type == "aws_s3_bucket" && !ref.Resource.Data {
						out[ref.Resource] = true
					}
				}
			}
		}
	}
	for _, res := range cfg.AllResources() {
		switch res.Type {
		case "aws_dynamodb_table_replica":
			out[res] = true
		case "aws_db_instance":
			out[res] = multiRegionSetsArg(res, "replicate_source_db")
		case "aws_rds_cluster":
			out[res] = multiRegionSetsArg(res, "replication_source_identifier")
		case "aws_elasticache_replication_group":
			out[res] = multiRegionSetsArg(res, "global_replication_group_id")
		case "aws_s3_bucket_replication_configuration":
			for _, rule := range res.Body.AllBlocks("rule") {
				markBuckets(res, []*model.Block{rule}, rule.Body.AllBlocks("destination"))
			}
		case "aws_s3_bucket":
			for _, conf := range res.Body.AllBlocks("replication_configuration") {
				for _, rule := range conf.Body.AllBlocks("rules") {
					markBuckets(res, []*model.Block{conf, rule}, rule.Body.AllBlocks("destination"))
				}
			}
		}
	}
	return out
}

// multiRegionBucketsByName indexes the S3 buckets whose name is known.
func multiRegionBucketsByName(cfg *model.Config) map[string][]*model.Resource {
	out := map[string][]*model.Resource{}
	for _, res := range cfg.ResourcesOfType("aws_s3_bucket") {
		if attr := res.Body.Attr("bucket"); attr != nil {
			if name, ok := res.Module.EvalString(attr.Expr, res); ok && name != "" {
				out[name] = append(out[name], res)
			}
		}
	}
	return out
}

// multiRegionBucketFromARN is the bucket name of an S3 bucket ARN
// (arn:<partition>:s3:::<name>), else "".
func multiRegionBucketFromARN(arn string) string {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[2] != "s3" || parts[3] != "" || parts[4] != "" {
		return ""
	}
	return parts[5]
}

// multiRegionSetsArg reports whether an argument is set to something that may not be null.
func multiRegionSetsArg(res *model.Resource, name string) bool {
	attr := res.Body.Attr(name)
	if attr == nil {
		return false
	}
	v := res.Module.Eval(attr.Expr, res)
	return !v.IsKnown() || !v.IsNull()
}

// opaqueSites returns the sites an unreadable module call may deploy to: the
// regions of the provider configurations it receives and every region named
// in its arguments. all is true when they cannot be told.
func (a *multiRegionAnalysis) opaqueSites() (sites map[string]bool, all bool) {
	sites = map[string]bool{}
	a.cfg.Module.Walk(func(m *model.Module) {
		for _, call := range m.Calls {
			if call.Module == nil && !call.Absent && !a.opaqueCallSites(m, call, sites) {
				all = true
			}
		}
	})
	return sites, all
}

func (a *multiRegionAnalysis) opaqueCallSites(m *model.Module, call *model.ModuleCall, sites map[string]bool) bool {
	if !a.opaqueProviderSites(m, call, sites) {
		return false
	}
	for name, attr := range call.Body.Attributes() {
		if multiRegionCallMetaArgs[name] {
			continue
		}
		v := m.Eval(attr.Expr, nil)
		if strings.Contains(strings.ToLower(name), "region") && !v.IsWhollyKnown() {
			return false
		}
		_ = cty.Walk(v, func(_ cty.Path, el cty.Value) (bool, error) {
			if !el.IsKnown() || el.IsNull() {
				return false, nil
			}
			switch t := el.Type(); {
			case t == cty.String:
				if awsregion.IsName(el.AsString()) {
					sites[el.AsString()] = true
				}
			case t.IsMapType():
				for key := range el.AsValueMap() {
					if awsregion.IsName(key) {
						sites[key] = true
					}
				}
			case t.IsObjectType():
				for key := range t.AttributeTypes() {
					if awsregion.IsName(key) {
						sites[key] = true
					}
				}
			}
			return true, nil
		})
	}
	return true
}

// opaqueProviderSites adds the regions of the aws provider configurations a
// call passes: its providers map, else the caller's default configuration.
func (a *multiRegionAnalysis) opaqueProviderSites(m *model.Module, call *model.ModuleCall, sites map[string]bool) bool {
	passed := []string{"aws"}
	if attr := call.Body.Attr("providers"); attr != nil {
		pairs, diags := hcl.ExprMap(attr.Expr)
		if diags.HasErrors() {
			return false
		}
		var aws []string
		for _, pair := range pairs {
			child, caller := model.TraversalName(pair.Key), model.TraversalName(pair.Value)
			if child == "" || caller == "" {
				return false
			}
			if child == "aws" || strings.HasPrefix(child, "aws.") {
				aws = append(aws, caller)
			}
		}
		if len(aws) > 0 {
			passed = aws
		}
	}
	for _, address := range passed {
		p := m.Provider(address)
		if p == nil {
			return false
		}
		sites[p.Region.Key()] = true
	}
	return true
}

// multiRegionSource is the example of a required group.
type multiRegionSource struct {
	site     *multiRegionSite
	presence multiRegionPresence
}

func (a *multiRegionAnalysis) findings() []multiRegionFinding {
	configuredNames := map[string]bool{}
	for _, name := range a.cfg.Settings.Regions {
		configuredNames[name] = true
	}
	var judged []*multiRegionSite
	for _, s := range a.sites {
		if s.hostsCore || s.configured && len(configuredNames) > 1 {
			judged = append(judged, s)
		}
	}
	if len(judged) < 2 {
		return nil
	}
	// A group is required when some judged site certainly hosts it. Examples
	// come from the most complete site that hosts the group best, so that a
	// message points at one reference region where it can.
	sources := append([]*multiRegionSite{}, judged...)
	sort.SliceStable(sources, func(i, j int) bool { return a.certainGroups(sources[i]) > a.certainGroups(sources[j]) })
	required := map[int]multiRegionSource{}
	for g := range a.groups {
		for _, s := range sources {
			p, ok := a.presence[s.key][g]
			if ok && p.certain && (required[g].site == nil || p.rank() > required[g].presence.rank()) {
				required[g] = multiRegionSource{site: s, presence: p}
			}
		}
	}
	// A configured region that the configuration does not visibly deploy to
	// may be one whose name is unknown.
	unknownHosts := false
	for _, s := range judged {
		unknownHosts = unknownHosts || s.hostsCore && !s.regions[0].Region.Known()
	}
	opaque, opaqueAll := a.opaqueSites()
	if opaqueAll {
		return nil
	}
	var out []multiRegionFinding
	for _, s := range judged {
		if opaque[s.key] || unknownHosts && !s.hostsCore {
			continue
		}
		var missing []int
		for g := range a.groups {
			_, isRequired := required[g]
			_, present := a.presence[s.key][g]
			if isRequired && !present && !a.anywhere[g] {
				missing = append(missing, g)
			}
		}
		if len(missing) == 0 {
			continue
		}
		at, ok := a.anchor(s)
		if !ok {
			continue
		}
		out = append(out, multiRegionFinding{message: a.message(s, missing, required, sources), at: at})
	}
	return out
}

// anchor is the site's provider block or first resource; a configured region
// with neither is reported at the first provider "aws" block, else the first
// terraform block, else the module's first block.
func (a *multiRegionAnalysis) anchor(s *multiRegionSite) (hcl.Range, bool) {
	if at, ok := a.cfg.RegionAnchor(s.regions[0]); ok {
		return at, true
	}
	mod := a.cfg.Module
	switch {
	case len(mod.Providers) > 0:
		return mod.Providers[0].ReportRange(), true
	case len(mod.TerraformBlocks) > 0:
		return mod.TerraformBlocks[0].DefRange, true
	case mod.FirstBlock != nil:
		return *mod.FirstBlock, true
	}
	return hcl.Range{}, false
}

func (a *multiRegionAnalysis) message(s *multiRegionSite, missing []int, required map[int]multiRegionSource, sources []*multiRegionSite) string {
	names := make([]string, len(missing))
	examples := map[*multiRegionSite][]string{}
	for i, g := range missing {
		names[i] = a.groups[g].name
		src := required[g]
		examples[src.site] = append(examples[src.site], src.presence.example.Address())
	}
	var present []string
	for _, src := range sources {
		if examples[src] != nil {
			present = append(present, src.regions[0].Region.String()+": "+strings.Join(examples[src], ", "))
		}
	}
	region := s.regions[0].Region
	label := a.cfg.RegionLabel(region)
	if !region.Known() {
		label = strings.ToUpper(label[:1]) + label[1:]
	}
	if s.hostsNothing() {
		return fmt.Sprintf("%s is named in the plugin's regions setting but hosts none of %s, present in %s. A region without the core services cannot take over the workload when another region fails: deploy them to %s as well, or remove it from regions.",
			label, strings.Join(names, ", "), strings.Join(present, "; "), region.String())
	}
	return fmt.Sprintf("%s lacks %s, present in %s. A region without the core services the others have cannot take over the workload when another region fails: deploy them to %s as well, or stop deploying to it.",
		label, strings.Join(names, ", "), strings.Join(present, "; "), region.String())
}

// hostsNothing reports whether the site is a configured region without any regional resource.
func (s *multiRegionSite) hostsNothing() bool {
	for _, dr := range s.regions {
		if len(dr.Resources) > 0 {
			return false
		}
	}
	return s.configured
}

// certainGroups counts the groups a site certainly hosts.
func (a *multiRegionAnalysis) certainGroups(s *multiRegionSite) int {
	n := 0
	for _, p := range a.presence[s.key] {
		if p.certain {
			n++
		}
	}
	return n
}
