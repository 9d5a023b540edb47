package cloudfrontorigin

import (
	"fmt"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// addressRecordTypes are the record types that give a name an address.
var addressRecordTypes = map[string]bool{"A": true, "AAAA": true, "CNAME": true}

// zoneProblem explains why an origin whose domain_name is an attribute of a
// Route 53 hosted zone is not a host CloudFront can fetch from.
func (c *distributionCheck) zoneProblem(zone *model.Resource, attr string) string {
	addr := zone.Address()
	switch attr {
	case "zone_id", "id", "arn":
		return fmt.Sprintf("is the %s of Route 53 zone %s, an identifier, not a host name: CloudFront needs the DNS name of the server or bucket to fetch from. Use the name of a record in the zone (e.g. aws_route53_record.<name>.fqdn) or the origin resource's own DNS name.",
			attr, addr)
	case "name_servers", "primary_name_server":
		return fmt.Sprintf("is a name server of Route 53 zone %s: name servers answer DNS queries, not HTTP requests, so CloudFront cannot fetch content from them. Use the name of a record in the zone (e.g. aws_route53_record.<name>.fqdn) or the origin resource's own DNS name.",
			addr)
	case "name":
		if c.zoneApexMayBeServed(zone) {
			return ""
		}
		return fmt.Sprintf("is the name of Route 53 zone %s, and no record here gives the zone apex an address other than this distribution's: a hosted zone is not an origin, so CloudFront cannot fetch from it. Use the name of the record or resource that serves the content, such as aws_route53_record.<name>.fqdn, an S3 bucket's bucket_regional_domain_name or a load balancer's dns_name.",
			addr)
	}
	return ""
}

// zoneApexMayBeServed reports whether some record may give the zone's own
// name an address other than this distribution. Records of a zone that is
// only looked up, or inside modules that cannot be read, are not visible.
func (c *distributionCheck) zoneApexMayBeServed(zone *model.Resource) bool {
	if zone.Data || c.cfg.HasOpaqueModules() {
		return true
	}
	apex, apexKnown := zoneName(zone)
	for _, rec := range c.cfg.ResourcesOfType("aws_route53_record") {
		if t := rec.Body.Attr("type"); t != nil {
			if typ, ok := rec.Module.EvalString(t.Expr, rec); ok && !addressRecordTypes[strings.ToUpper(typ)] {
				continue
			}
		}
		if !recordMayBeApex(rec, zone, apex, apexKnown) || c.aliasesDistribution(rec) {
			continue
		}
		return true
	}
	return false
}

// recordMayBeApex reports whether a record's name may be the zone's own name.
func recordMayBeApex(rec, zone *model.Resource, apex string, apexKnown bool) bool {
	nameAttr := rec.Body.Attr("name")
	if nameAttr == nil {
		return true
	}
	if ref, whole, ok := valueRef(rec.Module, nameAttr.Expr); ok && whole && ref.Resource.Type == "aws_route53_zone" && ref.Attr == "name" {
		if ref.Resource == zone {
			return true
		}
		other, known := zoneName(ref.Resource)
		return !known || !apexKnown || sameDNSName(other, apex)
	}
	name, ok := rec.Module.EvalString(nameAttr.Expr, rec)
	return !ok || !apexKnown || name == "" || sameDNSName(name, apex)
}

// aliasesDistribution reports whether a record is an alias of this distribution.
func (c *distributionCheck) aliasesDistribution(rec *model.Resource) bool {
	for _, alias := range rec.Body.AllBlocks("alias") {
		target := alias.Body.Attr("name")
		if target == nil {
			continue
		}
		if ref, whole, ok := valueRef(rec.Module, target.Expr); ok && whole && ref.Resource == c.dist {
			return true
		}
	}
	return false
}

// privateZoneOf returns the private hosted zone a record is in, when known,
// unless a public zone of the same name may answer for it (split-horizon DNS).
func (c *distributionCheck) privateZoneOf(rec *model.Resource) *model.Resource {
	zoneID := rec.Body.Attr("zone_id")
	if zoneID == nil {
		return nil
	}
	ref, whole, ok := valueRef(rec.Module, zoneID.Expr)
	if !ok || !whole || ref.Resource.Type != "aws_route53_zone" || ref.Resource.Absent() || (ref.Attr != "zone_id" && ref.Attr != "id") {
		return nil
	}
	zone := ref.Resource
	if private, known := zonePrivate(zone); !known || !private {
		return nil
	}
	if c.cfg.HasOpaqueModules() || c.publicTwinMayExist(zone) {
		return nil
	}
	return zone
}

// publicTwinMayExist reports whether a zone that may be public may have the private zone's name.
func (c *distributionCheck) publicTwinMayExist(private *model.Resource) bool {
	name, known := zoneName(private)
	twin := false
	c.cfg.Module.Walk(func(m *model.Module) {
		for _, list := range [][]*model.Resource{m.Resources, m.DataSources} {
			for _, z := range list {
				if z == private || z.Type != "aws_route53_zone" || z.Absent() {
					continue
				}
				if isPrivate, ok := zonePrivate(z); ok && isPrivate {
					continue
				}
				other, ok := zoneName(z)
				if !known || !ok || sameDNSName(name, other) {
					twin = true
				}
			}
		}
	})
	return twin
}

// zonePrivate reports whether a hosted zone is private: a managed zone
// with a vpc block, or a data source that looks up a private zone (by
// private_zone = true, or by the VPC it is associated with).
func zonePrivate(zone *model.Resource) (private, known bool) {
	if zone.Data {
		if vpcID := zone.Body.Attr("vpc_id"); vpcID != nil {
			if v := zone.Module.Eval(vpcID.Expr, zone); !v.IsKnown() || !v.IsNull() {
				return true, true
			}
		}
		attr := zone.Body.Attr("private_zone")
		if attr == nil {
			return false, true
		}
		return zone.Module.EvalBool(attr.Expr, zone)
	}
	for _, vpc := range zone.Body.AllBlocks("vpc") {
		if !vpc.Dynamic {
			return true, true
		}
		n, ok := forEachLength(zone.Module.Eval(vpc.ForEach, zone))
		if !ok {
			return false, false
		}
		if n > 0 {
			return true, true
		}
	}
	return false, true
}

// zoneName is a hosted zone's name, when known.
func zoneName(zone *model.Resource) (string, bool) {
	attr := zone.Body.Attr("name")
	if attr == nil {
		return "", false
	}
	return zone.Module.EvalString(attr.Expr, zone)
}

// sameDNSName compares DNS names, which are case-insensitive and may end in a dot.
func sameDNSName(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "."), strings.TrimSuffix(b, "."))
}
