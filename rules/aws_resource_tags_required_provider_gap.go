package rules

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// tagsProviderGap is one cause: a provider configuration whose default_tags
// (or the lack of them) leave required keys off every resource that uses it
// and sets none of those keys itself, including resources of called modules
// that inherit it. One finding at the configuration replaces theirs.
type tagsProviderGap struct {
	provider  *model.Provider
	missing   []string
	defaults  tagsKeySet
	resources []string
	// partial is set when some covered resource sets some of the missing
	// keys itself: it still lacks others, which default_tags would give it.
	partial bool
	// firstAt is where the first covered resource is reported.
	firstAt hcl.Range
}

// tagsGapNamed is how many of the covered resources a finding names.
const tagsGapNamed = 3

// addToGap counts a resource towards its provider configuration's finding.
// Every resource counted there misses only keys default_tags lack, so adding
// those keys to default_tags fixes it.
// A resource that sets some of them itself (partial) lacks the others.
func (c *tagsCheck) addToGap(res *model.Resource, missing []string, defaults tagsKeySet, partial bool) {
	gap := c.gaps[res.Provider]
	if gap == nil {
		gap = &tagsProviderGap{provider: res.Provider, missing: missing, defaults: defaults, firstAt: res.ReportRange()}
		c.gaps[res.Provider] = gap
		c.gapOrder = append(c.gapOrder, gap)
	}
	gap.resources = append(gap.resources, res.Address())
	gap.partial = gap.partial || partial
}

// tagsPartial is a resource that sets some of the keys its provider's
// default_tags lack but not all, with its own finding should it keep one.
type tagsPartial struct {
	tagsOwn
	// missing are the keys default_tags lack, which its provider's finding names.
	missing  []string
	defaults tagsKeySet
}

// settlePartial decides where the resources that set some of the keys their
// default_tags lack are reported. Where their provider configuration has a
// default_tags block, or a finding of its own for the resources that set none
// of the keys, that finding covers them: adding the keys to default_tags
// fixes them too. A configuration without default_tags whose other resources
// all tag themselves tags per resource: each keeps its own finding, at the
// tags that forgot a key.
func (c *tagsCheck) settlePartial() {
	for _, p := range c.partial {
		if c.gaps[p.res.Provider] == nil && tagsDefaultTagsBlock(p.res.Provider) == nil {
			c.own = append(c.own, p.tagsOwn)
			continue
		}
		c.addToGap(p.res, p.missing, p.defaults, true)
	}
}

// gapFinding is the finding of a provider configuration: at its default_tags,
// else at its provider block; a configuration without any provider "aws"
// block has it at its first block. A provider block of a called module is
// shown where the reporter shows that module's findings.
func (c *tagsCheck) gapFinding(gap *tagsProviderGap) report.Finding {
	p := gap.provider
	g := tagsGroupOf([]*tagsProviderGap{gap})
	what, them, who, lack, why := g.what, g.them, g.who, g.lack, g.why
	f := report.Finding{Subject: p.Address, Module: p.Module}
	switch dt := tagsDefaultTagsBlock(p); {
	case p.Block == nil:
		f.Range = tagsConfigurationAnchor(c.cfg, gap)
		f.Message = fmt.Sprintf("This configuration has no provider \"aws\" block, so no default_tags, and %s %s the required %s: %s Add a provider \"aws\" block whose default_tags set %s, or set %s in each resource's tags.",
			who, lack, what, why, them, them)
	case dt == nil:
		f.Range = p.ReportRange()
		f.Message = fmt.Sprintf("Provider configuration %s has no default_tags, and %s %s the required %s: %s Add a default_tags block that sets %s, or set %s in each resource's tags.",
			p.Address, who, lack, what, why, them, them)
	default:
		f.Range = dt.DefRange
		f.Message = fmt.Sprintf("default_tags of provider configuration %s lack the required %s, so %s %s %s too: %s Add %s to default_tags, or set %s in each resource's tags.",
			p.Address, what, who, lack, them, why, them, them)
	}
	f.Message += c.gapHint(gap)
	return f
}

// withoutDefaultTags lists, when gap i is a provider block without
// default_tags, the gaps (i first) of blocks of its module not yet grouped
// that have none either and lack the same keys.
func (c *tagsCheck) withoutDefaultTags(i int, grouped []bool) []int {
	bare := func(g *tagsProviderGap) bool {
		return g.provider.Block != nil && tagsDefaultTagsBlock(g.provider) == nil
	}
	gap := c.gapOrder[i]
	if !bare(gap) {
		return nil
	}
	var members []int
	for j, other := range c.gapOrder {
		if !grouped[j] && bare(other) && other.provider.Module == gap.provider.Module && c.sameGap(gap, other) {
			members = append(members, j)
		}
	}
	return members
}

// withoutDefaultTagsFinding is the one finding of a module's provider blocks
// that have no default_tags: at the first, naming them all.
func (c *tagsCheck) withoutDefaultTagsFinding(members []*tagsProviderGap) report.Finding {
	first, g := members[0], tagsGroupOf(members)
	return report.Finding{
		Subject: first.provider.Address,
		Module:  first.provider.Module,
		Range:   first.provider.ReportRange(),
		Message: fmt.Sprintf("Provider configurations %s have no default_tags, and %s %s the required %s: %s Add a default_tags block that sets %s to each of them, or set %s in each resource's tags.",
			tagsNamedList(g.providers), g.who, g.lack, g.what, g.why, g.them, g.them) + c.gapHint(first),
	}
}

// tagsGapGroup is what a finding about several provider configurations'
// gaps says: the configurations, the missing keys (what, them), the
// resources they cover (who, lack) and why that matters.
type tagsGapGroup struct {
	providers                  []string
	what, them, who, lack, why string
}

// tagsGroupOf describes gaps that lack the same keys, the first's.
func tagsGroupOf(members []*tagsProviderGap) tagsGapGroup {
	var g tagsGapGroup
	var resources []string
	partial := false
	for _, m := range members {
		g.providers = append(g.providers, m.provider.Address)
		resources = append(resources, m.resources...)
		partial = partial || m.partial
	}
	g.what, g.them = tagsWhat(members[0].missing)
	var they string
	g.who, g.lack, they = tagsCovered(resources, g.them, partial)
	g.why = fmt.Sprintf("without %s %s cannot be attributed in cost allocation reports or matched by tag-based access and automation policies.", g.them, they)
	return g
}

// tagsDefaultTagsBlock is a provider block's static default_tags block, if any.
func tagsDefaultTagsBlock(p *model.Provider) *model.Block {
	if p.Block == nil {
		return nil
	}
	if blocks := p.Block.Body.Blocks("default_tags"); len(blocks) > 0 {
		return blocks[0]
	}
	return nil
}

// tagsConfigurationAnchor is where the finding of a configuration without a
// provider block goes: its first block, so that it stays put whichever
// resources it covers.
func tagsConfigurationAnchor(cfg *model.Config, gap *tagsProviderGap) hcl.Range {
	if cfg.Module.FirstBlock != nil {
		return *cfg.Module.FirstBlock
	}
	return gap.firstAt
}

// tagsCovered names the resources a provider finding covers (how many, and
// the first few) with the verb and the pronoun that agree with them. When
// some of them set some of the keys (partial), the others set none: "do not
// set all of them".
func tagsCovered(addresses []string, them string, partial bool) (who, lack, they string) {
	if partial {
		them = "all of " + them
	}
	if len(addresses) == 1 {
		return fmt.Sprintf("1 resource that does not set %s itself (%s)", them, addresses[0]), "lacks", "the resource"
	}
	return fmt.Sprintf("%d resources that do not set %s themselves (%s)", len(addresses), them, tagsNamedList(addresses)), "lack", "they"
}

// tagsNamedList names the first few of a list and counts the rest:
// "a, b, c and 2 more".
func tagsNamedList(names []string) string {
	return report.NamedList(names, tagsGapNamed)
}
