package kmskeyregional

import (
	"fmt"
	"slices"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsfacts"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// regionsWithoutKeys reports each deployment region that has no
// customer-managed key while another one has. A region whose name cannot be
// known may be any of the others: it gets no verdict, and while it has or may
// have a key, no other region does either (the key may be in that region).
func (c *check) regionsWithoutKeys() {
	regions := awsfacts.DeploymentRegions(c.cfg)
	if len(regions) < 2 || c.cfg.HasOpaqueModules() {
		return
	}
	hasKey := map[string]bool{}
	sureKey := map[string]*model.Resource{}
	for _, res := range c.cfg.AllResources() {
		if !keyTypes[res.Type] {
			continue
		}
		// A provider reference the model could not resolve places the key nowhere known.
		keyRegions := res.Regions()
		if len(keyRegions) == 0 || res.Provider == nil && res.RegionAttr == nil {
			return
		}
		usage := keyUsage(res)
		for _, region := range keyRegions {
			// A signing or MAC key encrypts nothing.
			if usage == "" || usage == encryptDecrypt {
				c.noteKey(region, hasKey)
			}
			if sureKey[region.Key()] == nil && usage == encryptDecrypt && res.SurelyExists() {
				sureKey[region.Key()] = res
			}
		}
	}
	unplaced := false
	c.cfg.Module.Walk(func(m *model.Module) {
		for _, ds := range m.DataSources {
			if ds.Type != "aws_kms_key" && ds.Type != "aws_kms_alias" || ds.Absent() {
				continue
			}
			if len(ds.Regions()) == 0 {
				unplaced = true
				continue
			}
			// A data source read per region (`region = each.key`) finds a key in each.
			instances := []string{""}
			if len(ds.InstanceRegions) > 0 {
				instances = nil
				for _, inst := range ds.InstanceRegions {
					instances = append(instances, inst.Key)
				}
			}
			for _, instance := range instances {
				if k := dataKey(ds, instance); !k.awsManaged {
					c.noteKey(k.region, hasKey)
				}
			}
		}
	})
	if unplaced || c.unknownRegionKeyed {
		return
	}
	reported := map[string]bool{}
	for _, dr := range regions {
		k := dr.Region.Key()
		if !dr.Region.Known() || reported[k] || hasKey[k] || c.regionHasKey[k] || c.regionUnknown[k] || !hostsWorkload(dr) {
			continue
		}
		var other *model.DeploymentRegion
		for _, o := range regions {
			if o != dr && sureKey[o.Region.Key()] != nil {
				other = o
				break
			}
		}
		if other == nil {
			continue
		}
		at, ok := c.cfg.RegionAnchor(dr)
		if !ok {
			continue
		}
		sure := sureKey[other.Region.Key()]
		msg := fmt.Sprintf("Region %s has no customer-managed KMS key of its own, while %s has %s. KMS keys are regional, so resources in this region cannot use that key and can only be encrypted with AWS managed or AWS owned keys; create an aws_kms_key here, or an aws_kms_replica_key if %s is a multi-Region key.",
			c.cfg.RegionLabel(dr.Region), other.Region.String(), sure.Address(), sure.Address())
		reported[k] = true
		c.report.Report(report.Finding{Subject: c.cfg.RegionLabel(dr.Region), Message: msg, Range: at})
	}
}

// encryptDecrypt is the key usage of a key that encrypts data.
const encryptDecrypt = "ENCRYPT_DECRYPT"

// keyUsage is a key's key_usage (ENCRYPT_DECRYPT when unset), or
// "" when it cannot be known. A replica has its primary's.
func keyUsage(res *model.Resource) string {
	if res.Type == "aws_kms_replica_key" || res.Type == "aws_kms_replica_external_key" {
		primary := primaryOf(res)
		if primary == nil || primary.Type == "aws_kms_replica_key" || primary.Type == "aws_kms_replica_external_key" {
			return ""
		}
		return keyUsage(primary)
	}
	a := res.Body.Attr("key_usage")
	if a == nil {
		return encryptDecrypt
	}
	switch v := res.Module.Eval(a.Expr, res); {
	case !v.IsKnown() || v.Type() != cty.String && !v.IsNull():
		return ""
	case v.IsNull():
		return encryptDecrypt
	default:
		return v.AsString()
	}
}

// hostsWorkload reports whether a region hosts a workload: a
// resource that can take a customer-managed key, or the core services of a
// stack (aws_multi_region_incomplete's groups: a network that is only a VPC
// so far). A certificate, a policy or a plain SSM parameter alone is no workload.
func hostsWorkload(dr *model.DeploymentRegion) bool {
	for _, r := range dr.Resources {
		if strings.HasPrefix(r.Type, "aws_kms_") {
			continue
		}
		if takesCustomerKey(r) || awsfacts.IsCoreServiceType(r.Type) {
			return true
		}
	}
	return false
}

// keyConditions are the types with a KMS attribute that encrypt with it only
// when an argument has one of some values: the argument and the values.
var keyConditions = map[string]struct {
	arg    string
	values []string
}{
	// String and StringList parameters are stored unencrypted; the key is for SecureString.
	"aws_ssm_parameter": {"type", []string{"SecureString"}},
}

// takesCustomerKey reports whether a resource stores data it can encrypt
// with a customer-managed key; not when that cannot be known.
func takesCustomerKey(r *model.Resource) bool {
	if len(data.KMSAttributes[r.Type]) == 0 {
		return false
	}
	cond, conditional := keyConditions[r.Type]
	if !conditional {
		return true
	}
	a := r.Body.Attr(cond.arg)
	if a == nil {
		return false
	}
	value, known := r.Module.EvalString(a.Expr, r)
	return known && slices.Contains(cond.values, value)
}

// noteKey records that a region has, or may have, a key of its own.
func (c *check) noteKey(region model.Region, keyed map[string]bool) {
	keyed[region.Key()] = true
	if !region.Known() {
		c.unknownRegionKeyed = true
	}
}
