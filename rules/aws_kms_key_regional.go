package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// AwsKMSKeyRegionalRule reports KMS key references that cross regions, and
// deployment regions left without a customer-managed key of their own.
type AwsKMSKeyRegionalRule struct {
	tflint.DefaultRule
}

// NewAwsKMSKeyRegionalRule returns the rule.
func NewAwsKMSKeyRegionalRule() *AwsKMSKeyRegionalRule {
	return &AwsKMSKeyRegionalRule{}
}

func (r *AwsKMSKeyRegionalRule) Name() string              { return "aws_kms_key_regional" }
func (r *AwsKMSKeyRegionalRule) Enabled() bool             { return true }
func (r *AwsKMSKeyRegionalRule) Severity() tflint.Severity { return tflint.ERROR }
func (r *AwsKMSKeyRegionalRule) Link() string              { return project.ReferenceLink(r.Name()) }

// kmsRegionalPlacement says which region an attribute's key must be in.
type kmsRegionalPlacement int

const (
	// kmsRegionalOwnRegion: the region of the resource itself.
	kmsRegionalOwnRegion kmsRegionalPlacement = iota
	// kmsRegionalByDesign: the attribute names a key in another region on purpose.
	kmsRegionalByDesign
	// kmsRegionalRegionArg: the region a sibling argument names.
	kmsRegionalRegionArg
	// kmsRegionalBucketRegion: the region of the S3 bucket the data is written
	// to, which may lie in another region (a central log bucket, a replica).
	kmsRegionalBucketRegion
)

// kmsRegionalWhere places the key of one attribute path.
type kmsRegionalWhere struct {
	placement kmsRegionalPlacement
	// depth is how many leading path segments lead to the block holding args; 0 is the resource body.
	depth int
	// args are dotted paths below that block, tried in order: a region name
	// (kmsRegionalRegionArg) or a reference to the bucket (kmsRegionalBucketRegion).
	args []string
	// ownWhenUnset applies the resource's own region when no arg is set.
	ownWhenUnset bool
}

// kmsRegionalPlaces lists the attributes whose key is not simply in the
// resource's own region, keyed by "<type> <path>". Copies and cross-region
// replicas created by the resource itself (aws_ebs_snapshot_copy,
// aws_ami_copy, aws_db_snapshot_copy, aws_db_instance_automated_backups_replication,
// aws_dynamodb_table_replica, aws_redshift_snapshot_copy_grant, ...) are
// created in the destination region, which is the resource's own.
var kmsRegionalPlaces = func() map[string]kmsRegionalWhere {
	byDesign := kmsRegionalWhere{placement: kmsRegionalByDesign}
	region := func(depth int, args ...string) kmsRegionalWhere {
		return kmsRegionalWhere{placement: kmsRegionalRegionArg, depth: depth, args: args}
	}
	bucket := func(depth int, arg string) kmsRegionalWhere {
		return kmsRegionalWhere{placement: kmsRegionalBucketRegion, depth: depth, args: []string{arg}}
	}
	places := map[string]kmsRegionalWhere{
		"aws_kms_replica_key primary_key_arn":          byDesign,
		"aws_kms_replica_external_key primary_key_arn": byDesign,

		"aws_dynamodb_table replica.kms_key_arn":                                                                                                                region(1, "region_name"),
		"aws_secretsmanager_secret replica.kms_key_id":                                                                                                          region(1, "region"),
		"aws_ssmincidents_replication_set region.kms_key_arn":                                                                                                   region(1, "name"),
		"aws_ssmincidents_replication_set regions.kms_key_arn":                                                                                                  region(1, "name"),
		"aws_imagebuilder_distribution_configuration distribution.ami_distribution_configuration.kms_key_id":                                                    region(1, "region"),
		"aws_efs_replication_configuration destination.kms_key_id":                                                                                              region(1, "region"),
		"aws_ssm_resource_data_sync s3_destination.kms_key_arn":                                                                                                 region(1, "region"),
		"aws_securitylake_data_lake configuration.encryption_configuration.kms_key_id":                                                                          region(1, "region"),
		"aws_dlm_lifecycle_policy policy_details.schedule.cross_region_copy_rule.cmk_arn":                                                                       region(3, "target_region", "target"),
		"aws_dlm_lifecycle_policy policy_details.action.cross_region_copy.encryption_configuration.cmk_arn":                                                     region(3, "target"),
		"aws_codepipeline artifact_store.encryption_key.id":                                                                                                     {placement: kmsRegionalRegionArg, depth: 1, args: []string{"region"}, ownWhenUnset: true},
		"aws_observabilityadmin_centralization_rule_for_organization rule.destination.destination_logs_configuration.logs_encryption_configuration.kms_key_arn": region(2, "region"),
		"aws_observabilityadmin_centralization_rule_for_organization rule.destination.destination_logs_configuration.backup_configuration.kms_key_arn":          region(4, "region"),

		"aws_s3_bucket_replication_configuration rule.destination.encryption_configuration.replica_kms_key_id": bucket(2, "bucket"),
		"aws_s3_bucket replication_configuration.rules.destination.replica_kms_key_id":                         bucket(3, "bucket"),
		"aws_cloudtrail kms_key_id":                                                                                                                         bucket(0, "s3_bucket_name"),
		"aws_config_delivery_channel s3_kms_key_arn":                                                                                                        bucket(0, "s3_bucket_name"),
		"aws_guardduty_publishing_destination kms_key_arn":                                                                                                  bucket(0, "destination_arn"),
		"aws_macie2_classification_export_configuration s3_destination.kms_key_arn":                                                                         bucket(1, "bucket_name"),
		"aws_dynamodb_table_export s3_sse_kms_key_id":                                                                                                       bucket(0, "s3_bucket"),
		"aws_s3_bucket_inventory destination.bucket.encryption.sse_kms.key_id":                                                                              bucket(2, "bucket_arn"),
		"aws_codebuild_report_group export_config.s3_destination.encryption_key":                                                                            bucket(2, "bucket"),
		"aws_dataexchange_event_action action.export_revision_to_s3.encryption.kms_key_arn":                                                                 bucket(2, "revision_destination.bucket"),
		"aws_athena_workgroup configuration.result_configuration.encryption_configuration.kms_key_arn":                                                      bucket(2, "output_location"),
		"aws_athena_database encryption_configuration.kms_key":                                                                                              bucket(0, "bucket"),
		"aws_emr_cluster log_encryption_kms_key_id":                                                                                                         bucket(0, "log_uri"),
		"aws_ses_receipt_rule s3_action.kms_key_arn":                                                                                                        bucket(1, "bucket_name"),
		"aws_lex_bot_alias conversation_logs.log_settings.kms_key_arn":                                                                                      bucket(2, "resource_arn"),
		"aws_synthetics_canary artifact_config.s3_encryption.kms_key_arn":                                                                                   bucket(0, "artifact_s3_location"),
		"aws_timestreamwrite_table magnetic_store_write_properties.magnetic_store_rejected_data_location.s3_configuration.kms_key_id":                       bucket(3, "bucket_name"),
		"aws_s3control_storage_lens_configuration storage_lens_configuration.data_export.s3_bucket_destination.encryption.sse_kms.key_id":                   bucket(3, "arn"),
		"aws_s3control_storage_lens_configuration storage_lens_configuration.expanded_prefixes_data_export.s3_bucket_destination.encryption.sse_kms.key_id": bucket(3, "arn"),
	}
	// Firehose may deliver to a bucket in another region; its key follows the bucket.
	for _, path := range data.KMSAttributes["aws_kinesis_firehose_delivery_stream"] {
		segs := strings.Split(path, ".")
		if len(segs) >= 2 && strings.HasSuffix(segs[len(segs)-2], "s3_configuration") || strings.HasSuffix(path, "s3_backup_configuration.kms_key_arn") {
			places["aws_kinesis_firehose_delivery_stream "+path] = bucket(len(segs)-1, "bucket_arn")
		}
	}
	return places
}()

// kmsRegionalObjectTyped are path prefixes written as object-typed
// attributes (`name = { ... }`) rather than blocks.
var kmsRegionalObjectTyped = map[string]string{
	"aws_opensearchserverless_collection":              "encryption_config",
	"aws_s3tables_table":                               "encryption_configuration",
	"aws_s3tables_table_bucket":                        "encryption_configuration",
	"aws_s3vectors_index":                              "encryption_configuration",
	"aws_s3vectors_vector_bucket":                      "encryption_configuration",
	"aws_securitylake_data_lake":                       "configuration.encryption_configuration",
	"aws_networkfirewall_tls_inspection_configuration": "encryption_configuration",
}

// kmsRegionalKeyTypes are the managed KMS key types; a region holding one has
// a customer-managed key of its own.
var kmsRegionalKeyTypes = map[string]bool{
	"aws_kms_key": true, "aws_kms_replica_key": true,
	"aws_kms_external_key": true, "aws_kms_replica_external_key": true,
}

// kmsRegionalKeyAttrs are the attributes of a key that identify it.
var kmsRegionalKeyAttrs = map[string]bool{"arn": true, "id": true, "key_id": true}

// kmsRegionalAliasAttrs are the attributes of an alias that identify its key.
var kmsRegionalAliasAttrs = map[string]bool{
	"arn": true, "id": true, "name": true, "target_key_arn": true, "target_key_id": true,
}

// What the rule reads: every KMS attribute path as nested blocks, the
// arguments that place a key elsewhere, and what identifies a key data
// source. Object-typed attributes are not declared: an attribute declared
// with the name of a block hides that block from every rule in JSON files.
var _ = kmsRegionalDeclare()

// kmsRegionalDeclare declares each KMS path for its own resource type only:
// declared for every type, the ~300 paths would make the host decode every
// resource body with them.
func kmsRegionalDeclare() bool {
	asBlocks := func(segs []string) string {
		var b strings.Builder
		for _, s := range segs {
			b.WriteString(s + "{}.")
		}
		return b.String()
	}
	model.Declare("key_id", "name", "target_key_id")
	model.DeclareFor([]string{"aws_kms_key", "aws_kms_external_key"}, "multi_region", "key_usage")
	model.DeclareFor([]string{"aws_kms_replica_key", "aws_kms_replica_external_key"}, "primary_key_arn")
	for resourceType, paths := range data.KMSAttributes {
		for _, p := range paths {
			segs := strings.Split(p, ".")
			model.DeclareFor([]string{resourceType}, asBlocks(segs[:len(segs)-1])+segs[len(segs)-1])
		}
	}
	// Object-typed attributes (`encryption_configuration = { ... }`) are
	// attributes, not blocks, for these types only.
	for resourceType, path := range kmsRegionalObjectTyped {
		segs := strings.Split(path, ".")
		model.DeclareFor([]string{resourceType}, asBlocks(segs[:len(segs)-1])+segs[len(segs)-1])
	}
	for key, where := range kmsRegionalPlaces {
		typeAndPath := strings.SplitN(key, " ", 2)
		segs := strings.Split(typeAndPath[1], ".")
		for _, arg := range where.args {
			argSegs := strings.Split(arg, ".")
			model.DeclareFor([]string{typeAndPath[0]}, asBlocks(segs[:where.depth])+asBlocks(argSegs[:len(argSegs)-1])+argSegs[len(argSegs)-1])
		}
	}
	return true
}

// kmsRegionalMaxDepth bounds how many expressions a reference is followed through.
const kmsRegionalMaxDepth = 48

func (r *AwsKMSKeyRegionalRule) Check(runner tflint.Runner) error {
	cfg := model.For(runner)
	if !cfg.IsRoot {
		return nil
	}
	check := &kmsRegionalCheck{
		rule: r, runner: runner, cfg: cfg,
		regionHasKey: map[string]bool{}, regionUnknown: map[string]bool{}, emitted: map[string]bool{},
	}
	for _, res := range cfg.AllResources() {
		for _, site := range check.sites(res) {
			if err := check.judge(site); err != nil {
				return err
			}
		}
	}
	if cfg.IsConfigurationRoot {
		return check.regionsWithoutKeys()
	}
	return nil
}

type kmsRegionalCheck struct {
	rule   *AwsKMSKeyRegionalRule
	runner tflint.Runner
	cfg    *model.Config
	// regionHasKey marks regions (by Region.Key) whose resources use a key the
	// configuration does not manage, such as a key id or a data source.
	regionHasKey map[string]bool
	// regionUnknown marks regions whose resources use keys that cannot be followed.
	regionUnknown map[string]bool
	emitted       map[string]bool
}

// kmsRegionalSite is one setting of a KMS attribute.
type kmsRegionalSite struct {
	res  *model.Resource
	path string
	expr hcl.Expression
	// rest is the part of the path inside expr, for object-typed attributes.
	rest []string
	// chain holds the blocks the path went through.
	chain []*model.Block
}

func (c *kmsRegionalCheck) sites(res *model.Resource) []kmsRegionalSite {
	var out []kmsRegionalSite
	for _, path := range data.KMSAttributes[res.Type] {
		segs := strings.Split(path, ".")
		var walk func(body *model.Body, owner hcl.Range, chain []*model.Block, i int)
		walk = func(body *model.Body, owner hcl.Range, chain []*model.Block, i int) {
			if i == len(segs)-1 {
				if a := body.Attr(segs[i]); a != nil {
					out = append(out, kmsRegionalSite{res: res, path: path, expr: a.Expr, chain: chain})
				}
				return
			}
			for _, blk := range body.AllBlocks(segs[i]) {
				walk(blk.Body, blk.DefRange, append(chain[:len(chain):len(chain)], blk), i+1)
			}
			if kmsRegionalObjectTyped[res.Type] == strings.Join(segs[:i+1], ".") {
				if a := body.Attr(segs[i]); a != nil {
					if expr, rest, ok := kmsRegionalDescend(a.Expr, segs[i+1:]); ok {
						out = append(out, kmsRegionalSite{res: res, path: path, expr: expr, rest: rest, chain: chain})
					}
				}
			}
		}
		walk(res.Body, res.DeclRange, nil, 0)
	}
	return out
}

// kmsRegionalDescend follows path segments through object constructors
// written in place, so that a finding points at the innermost value. ok is
// false when the object does not set the attribute.
func kmsRegionalDescend(expr hcl.Expression, rest []string) (hcl.Expression, []string, bool) {
	for len(rest) > 0 {
		switch e := expr.(type) {
		case *hclsyntax.ObjectConsExpr:
			value := kmsRegionalObjectItem(e, rest[0])
			if value == nil {
				return nil, nil, false
			}
			expr, rest = value, rest[1:]
		case *hclsyntax.TupleConsExpr:
			if len(e.Exprs) != 1 {
				return expr, rest, true
			}
			expr = e.Exprs[0]
		default:
			// JSON syntax: objects and one-element arrays read through the static helpers.
			if pairs, diags := hcl.ExprMap(expr); !diags.HasErrors() {
				var value hcl.Expression
				for _, pair := range pairs {
					if k, d := pair.Key.Value(nil); !d.HasErrors() && k.Type() == cty.String && k.AsString() == rest[0] {
						value = pair.Value
					}
				}
				if value == nil {
					return nil, nil, false
				}
				expr, rest = value, rest[1:]
				continue
			}
			if items, diags := hcl.ExprList(expr); !diags.HasErrors() && len(items) == 1 {
				expr = items[0]
				continue
			}
			return expr, rest, true
		}
	}
	return expr, rest, true
}

func kmsRegionalObjectItem(obj *hclsyntax.ObjectConsExpr, name string) hcl.Expression {
	for _, item := range obj.Items {
		if kmsRegionalKeyName(item.KeyExpr) == name {
			return item.ValueExpr
		}
	}
	return nil
}

// kmsRegionalKeyName is an object key written as a name or a literal string.
func kmsRegionalKeyName(expr hcl.Expression) string {
	if v, diags := expr.Value(nil); !diags.HasErrors() && v.IsKnown() && !v.IsNull() && v.Type() == cty.String {
		return v.AsString()
	}
	return hcl.ExprAsKeyword(expr)
}

// kmsRegionalExpected is the region a site's key must be in.
type kmsRegionalExpected struct {
	region model.Region
	// where tells, for messages, what places the key there.
	where string
	// own is set when the key must be in the resource's own region.
	own bool
}

// expected returns where a site's key must be; ok is false when the
// attribute points across regions by design or its region cannot be told.
func (c *kmsRegionalCheck) expected(site kmsRegionalSite) (kmsRegionalExpected, bool) {
	res := site.res
	own := kmsRegionalExpected{region: res.Region, where: "the resource is in " + res.Region.String(), own: true}
	where, listed := kmsRegionalPlaces[res.Type+" "+site.path]
	if !listed {
		return own, true
	}
	if where.placement == kmsRegionalByDesign || where.depth > len(site.chain) {
		return kmsRegionalExpected{}, false
	}
	holder := res.Body
	if where.depth > 0 {
		holder = site.chain[where.depth-1].Body
	}
	segs := strings.Split(site.path, ".")
	for _, arg := range where.args {
		attr := kmsRegionalArg(holder, arg)
		if attr == nil {
			continue
		}
		switch where.placement {
		case kmsRegionalRegionArg:
			name, ok := res.Module.EvalString(attr.Expr, res)
			if !ok || !awsregion.IsName(name) {
				return kmsRegionalExpected{}, false
			}
			argPath := strings.Join(append(segs[:where.depth:where.depth], arg), ".")
			return kmsRegionalExpected{region: model.Region{Name: name}, where: argPath + " is " + name}, true
		case kmsRegionalBucketRegion:
			bucket := kmsRegionalBucket(res.Module, attr.Expr)
			if bucket == nil || !bucket.Region.Known() {
				return kmsRegionalExpected{}, false
			}
			return kmsRegionalExpected{region: bucket.Region, where: "the bucket it writes to, " + bucket.Address() + ", is in " + bucket.Region.Name}, true
		}
	}
	if where.ownWhenUnset {
		return own, true
	}
	return kmsRegionalExpected{}, false
}

// kmsRegionalArg reads a dotted argument path below a body.
func kmsRegionalArg(body *model.Body, path string) *hcl.Attribute {
	segs := strings.Split(path, ".")
	for _, seg := range segs[:len(segs)-1] {
		blocks := body.Blocks(seg)
		if len(blocks) != 1 {
			return nil
		}
		body = blocks[0].Body
	}
	return body.Attr(segs[len(segs)-1])
}

// kmsRegionalBucket returns the one aws_s3_bucket an expression refers to, if that is all it refers to.
func kmsRegionalBucket(mod *model.Module, expr hcl.Expression) *model.Resource {
	refs, complete := mod.References(expr)
	if !complete || len(refs) == 0 {
		return nil
	}
	bucket := refs[0].Resource
	for _, ref := range refs {
		if ref.Resource != bucket {
			return nil
		}
	}
	if bucket.Type != "aws_s3_bucket" || bucket.Data || bucket.Absent() {
		return nil
	}
	return bucket
}

// judge reports a site whose key is in another region than it must be, and
// notes which regions use keys the configuration does not manage.
func (c *kmsRegionalCheck) judge(site kmsRegionalSite) error {
	res := site.res
	keys, complete := kmsRegionalTrace(res.Module, site.expr, kmsRegionalPathSteps(site.rest), 0)
	exp, placed := c.expected(site)
	if placed && exp.own && !exp.region.Identified() && res.InstanceRegions != nil {
		// Instances in different regions (`region = each.key`) share the
		// expression: each must find a key in its own region.
		for _, inst := range res.InstanceRegions {
			region := inst.Region
			instExp := kmsRegionalExpected{region: region, where: "the instance is in " + region.String(), own: true}
			if err := c.judgeAgainst(site, res.Address()+inst.Key, keys, complete, instExp); err != nil {
				return err
			}
		}
		return nil
	}
	if !placed {
		return nil
	}
	return c.judgeAgainst(site, res.Address(), keys, complete, exp)
}

// judgeAgainst reports a site (named address) whose keys are all in another
// region than exp.
func (c *kmsRegionalCheck) judgeAgainst(site kmsRegionalSite, address string, keys []kmsRegionalKey, complete bool, exp kmsRegionalExpected) error {
	res := site.res
	if exp.region.Identified() {
		c.noteRegion(exp.region, keys, complete)
	}
	if !exp.region.Known() || !complete || len(keys) == 0 {
		return nil
	}
	for _, k := range keys {
		// A conditional may choose any of the keys: only a site that cannot
		// point at a key of its own region is wrong.
		if k.local || !k.region.Known() || k.region.Name == exp.region.Name {
			return nil
		}
	}
	key := keys[0]
	msg := fmt.Sprintf("%s of %s uses KMS key %s, which is in %s, but %s. KMS keys are regional and AWS cannot use a key across regions, so the request or the encryption fails; use a key in %s (for a multi-Region key, its aws_kms_replica_key there).",
		site.path, address, key.label, key.region.Name, exp.where, exp.region.Name)
	at := res.ReportRange()
	if res.InCheckedModule() {
		at = site.expr.Range()
	}
	return c.emit(msg, at)
}

func (c *kmsRegionalCheck) emit(msg string, at hcl.Range) error {
	id := fmt.Sprintf("%s:%d:%d\x00%s", at.Filename, at.Start.Line, at.Start.Column, msg)
	if c.emitted[id] {
		return nil
	}
	c.emitted[id] = true
	return c.runner.EmitIssue(c.rule, msg, at)
}

// noteRegion records what a site in a region tells about the keys that region has.
func (c *kmsRegionalCheck) noteRegion(region model.Region, keys []kmsRegionalKey, complete bool) {
	if !complete {
		c.regionUnknown[region.Key()] = true
	}
	for _, k := range keys {
		switch {
		case k.managed || k.awsManaged:
		case k.local:
			c.regionHasKey[region.Key()] = true
		case k.region.Identified():
			c.regionHasKey[k.region.Key()] = true
		default:
			c.regionUnknown[region.Key()] = true
		}
	}
}

// regionsWithoutKeys reports each deployment region that has no
// customer-managed key while another one has.
func (c *kmsRegionalCheck) regionsWithoutKeys() error {
	regions := c.cfg.DeploymentRegions()
	if len(regions) < 2 || c.cfg.HasOpaqueModules() {
		return nil
	}
	hasKey := map[string]bool{}
	sureKey := map[string]*model.Resource{}
	for _, res := range c.cfg.AllResources() {
		if !kmsRegionalKeyTypes[res.Type] {
			continue
		}
		// A provider reference the model could not resolve places the key nowhere known.
		keyRegions := res.Regions()
		if len(keyRegions) == 0 || res.Provider == nil && res.RegionAttr == nil {
			return nil
		}
		usage := kmsRegionalKeyUsage(res)
		for _, region := range keyRegions {
			// A signing or MAC key encrypts nothing.
			if usage == "" || usage == kmsRegionalEncryptDecrypt {
				hasKey[region.Key()] = true
			}
			if sureKey[region.Key()] == nil && usage == kmsRegionalEncryptDecrypt && res.SurelyExists() {
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
				if key := kmsRegionalDataKey(ds, instance); !key.awsManaged {
					hasKey[key.region.Key()] = true
				}
			}
		}
	})
	if unplaced {
		return nil
	}
	reported := map[string]bool{}
	for _, dr := range regions {
		k := dr.Region.Key()
		if reported[k] || hasKey[k] || c.regionHasKey[k] || c.regionUnknown[k] || !kmsRegionalHostsWorkload(dr) {
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
		key := sureKey[other.Region.Key()]
		subject := "The region of provider " + dr.Region.Provider
		if dr.Region.Known() {
			subject = "Region " + c.cfg.RegionLabel(dr.Region)
		}
		msg := fmt.Sprintf("%s has no customer-managed KMS key of its own, while %s has %s. KMS keys are regional, so resources in this region cannot use that key and can only be encrypted with AWS managed or AWS owned keys; create an aws_kms_key here, or an aws_kms_replica_key if %s is a multi-Region key.",
			subject, other.Region.String(), key.Address(), key.Address())
		reported[k] = true
		if err := c.emit(msg, at); err != nil {
			return err
		}
	}
	return nil
}

const kmsRegionalEncryptDecrypt = "ENCRYPT_DECRYPT"

// kmsRegionalKeyUsage is a key's key_usage (ENCRYPT_DECRYPT when unset), or
// "" when it cannot be known. A replica has its primary's.
func kmsRegionalKeyUsage(key *model.Resource) string {
	if key.Type == "aws_kms_replica_key" || key.Type == "aws_kms_replica_external_key" {
		primary := kmsRegionalPrimary(key)
		if primary == nil || primary.Type == "aws_kms_replica_key" || primary.Type == "aws_kms_replica_external_key" {
			return ""
		}
		return kmsRegionalKeyUsage(primary)
	}
	a := key.Body.Attr("key_usage")
	if a == nil {
		return kmsRegionalEncryptDecrypt
	}
	switch v := key.Module.Eval(a.Expr, key); {
	case !v.IsKnown() || v.Type() != cty.String && !v.IsNull():
		return ""
	case v.IsNull():
		return kmsRegionalEncryptDecrypt
	default:
		return v.AsString()
	}
}

// kmsRegionalHostsWorkload reports whether a region hosts a workload: a
// resource that can take a customer-managed key, or the core services of a
// stack (aws_multi_region_incomplete's groups: a network that is only a VPC
// so far). A certificate or a policy alone is no workload. A region known
// only by a provider reference the model could not resolve may be any region.
func kmsRegionalHostsWorkload(dr *model.DeploymentRegion) bool {
	for _, r := range dr.Resources {
		placed := dr.Region.Known() || r.Provider != nil
		if !placed || strings.HasPrefix(r.Type, "aws_kms_") {
			continue
		}
		if len(data.KMSAttributes[r.Type]) > 0 || model.IsCoreServiceType(r.Type) {
			return true
		}
	}
	return false
}

// kmsRegionalKey is a key an attribute may point at.
type kmsRegionalKey struct {
	// label names the key in messages.
	label  string
	region model.Region
	// managed is set for a key resource of the configuration.
	managed bool
	// local is set for a key id or alias name, which AWS looks up in the caller's own region.
	local bool
	// awsManaged is set for an AWS managed key (alias/aws/...).
	awsManaged bool
}

// kmsRegionalAnyIndex stands for an element of a collection chosen by an
// unknown index or a splat.
type kmsRegionalAnyIndex struct{ hcl.TraverseIndex }

func (kmsRegionalAnyIndex) TraversalStep(cty.Value) (cty.Value, hcl.Diagnostics) {
	return cty.DynamicVal, nil
}

func kmsRegionalPathSteps(path []string) hcl.Traversal {
	steps := make(hcl.Traversal, len(path))
	for i, name := range path {
		steps[i] = hcl.TraverseAttr{Name: name}
	}
	return steps
}

func kmsRegionalJoin(a hcl.Traversal, b ...hcl.Traverser) hcl.Traversal {
	out := make(hcl.Traversal, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// kmsRegionalTrace follows an expression, with the traversal steps still to
// apply to its value, to the keys it can evaluate to. Only expressions that
// pass a value through are followed (references, conditionals, try,
// coalesce, one, element, ...): a key ARN rewritten by a function (say,
// replace() into a replica's ARN) is no longer that key. complete is false
// when some value cannot be followed.
func kmsRegionalTrace(mod *model.Module, expr hcl.Expression, rest hcl.Traversal, depth int) ([]kmsRegionalKey, bool) {
	if expr == nil {
		return nil, true
	}
	if depth > kmsRegionalMaxDepth {
		return nil, false
	}
	depth++
	expr = kmsRegionalNative(expr)
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		return kmsRegionalTraversal(mod, kmsRegionalJoin(e.Traversal, rest...), depth)
	case *hclsyntax.RelativeTraversalExpr:
		return kmsRegionalTrace(mod, e.Source, kmsRegionalJoin(e.Traversal, rest...), depth)
	case *hclsyntax.IndexExpr:
		var step hcl.Traverser = kmsRegionalAnyIndex{}
		if v := mod.Eval(e.Key, nil); v.IsWhollyKnown() && !v.IsNull() {
			step = hcl.TraverseIndex{Key: v}
		}
		return kmsRegionalTrace(mod, e.Collection, kmsRegionalJoin(hcl.Traversal{step}, rest...), depth)
	case *hclsyntax.SplatExpr:
		switch each := e.Each.(type) {
		case *hclsyntax.AnonSymbolExpr:
			return kmsRegionalTrace(mod, e.Source, kmsRegionalJoin(hcl.Traversal{kmsRegionalAnyIndex{}}, rest...), depth)
		case *hclsyntax.RelativeTraversalExpr:
			if _, ok := each.Source.(*hclsyntax.AnonSymbolExpr); ok {
				steps := kmsRegionalJoin(hcl.Traversal{kmsRegionalAnyIndex{}}, each.Traversal...)
				return kmsRegionalTrace(mod, e.Source, kmsRegionalJoin(steps, rest...), depth)
			}
		}
		return nil, false
	case *hclsyntax.ParenthesesExpr:
		return kmsRegionalTrace(mod, e.Expression, rest, depth)
	case *hclsyntax.TemplateWrapExpr:
		return kmsRegionalTrace(mod, e.Wrapped, rest, depth)
	case *hclsyntax.TemplateExpr:
		if len(e.Parts) == 1 {
			return kmsRegionalTrace(mod, e.Parts[0], rest, depth)
		}
	case *hclsyntax.ConditionalExpr:
		if cond, ok := mod.EvalBool(e.Condition, nil); ok {
			if cond {
				return kmsRegionalTrace(mod, e.TrueResult, rest, depth)
			}
			return kmsRegionalTrace(mod, e.FalseResult, rest, depth)
		}
		return kmsRegionalUnion(mod, []hcl.Expression{e.TrueResult, e.FalseResult}, rest, depth)
	case *hclsyntax.FunctionCallExpr:
		if keys, complete, handled := kmsRegionalCall(mod, e, rest, depth); handled {
			return keys, complete
		}
	case *hclsyntax.TupleConsExpr:
		return kmsRegionalTuple(mod, kmsRegionalExprs(e.Exprs), rest, depth)
	case *hclsyntax.ObjectConsExpr:
		if len(rest) > 0 {
			if _, any := rest[0].(kmsRegionalAnyIndex); any {
				values := make([]hcl.Expression, len(e.Items))
				for i, item := range e.Items {
					values[i] = item.ValueExpr
				}
				return kmsRegionalUnion(mod, values, rest[1:], depth)
			}
			if name, ok := kmsRegionalStepName(rest[0]); ok {
				value := kmsRegionalObjectItem(e, name)
				if value == nil {
					return nil, true
				}
				return kmsRegionalTrace(mod, value, rest[1:], depth)
			}
		}
	case hclsyntax.Expression:
	default:
		// JSON objects and arrays.
		if len(rest) > 0 {
			if pairs, diags := hcl.ExprMap(expr); !diags.HasErrors() {
				if name, ok := kmsRegionalStepName(rest[0]); ok {
					for _, p := range pairs {
						if kmsRegionalKeyName(p.Key) == name {
							return kmsRegionalTrace(mod, p.Value, rest[1:], depth)
						}
					}
					return nil, true
				}
			}
			if list, diags := hcl.ExprList(expr); !diags.HasErrors() {
				return kmsRegionalTuple(mod, list, rest, depth)
			}
		}
	}
	return kmsRegionalValue(mod.Eval(expr, nil), rest)
}

// kmsRegionalNative turns a JSON string into the template it stands for.
func kmsRegionalNative(expr hcl.Expression) hcl.Expression {
	if _, ok := expr.(hclsyntax.Expression); ok {
		return expr
	}
	v, diags := expr.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return expr
	}
	rng := expr.Range()
	start := hcl.Pos{Line: rng.Start.Line, Column: rng.Start.Column + 1, Byte: rng.Start.Byte + 1}
	tmpl, diags := hclsyntax.ParseTemplate([]byte(v.AsString()), rng.Filename, start)
	if diags.HasErrors() {
		return expr
	}
	return tmpl
}

func kmsRegionalUnion(mod *model.Module, exprs []hcl.Expression, rest hcl.Traversal, depth int) ([]kmsRegionalKey, bool) {
	var keys []kmsRegionalKey
	complete := true
	for _, e := range exprs {
		k, ok := kmsRegionalTrace(mod, e, rest, depth)
		keys = append(keys, k...)
		complete = complete && ok
	}
	return keys, complete
}

// kmsRegionalTuple applies an index, or a path step over a list of objects, to a tuple.
func kmsRegionalTuple(mod *model.Module, elems []hcl.Expression, rest hcl.Traversal, depth int) ([]kmsRegionalKey, bool) {
	if len(rest) == 0 {
		return nil, false
	}
	switch step := rest[0].(type) {
	case kmsRegionalAnyIndex:
		return kmsRegionalUnion(mod, elems, rest[1:], depth)
	case hcl.TraverseAttr:
		return kmsRegionalUnion(mod, elems, rest, depth)
	case hcl.TraverseIndex:
		if !step.Key.IsKnown() || step.Key.IsNull() || step.Key.Type() != cty.Number {
			return nil, false
		}
		i, acc := step.Key.AsBigFloat().Int64()
		if acc != 0 || i < 0 || int(i) >= len(elems) {
			return nil, false
		}
		return kmsRegionalTrace(mod, elems[i], rest[1:], depth)
	}
	return nil, false
}

// kmsRegionalCall follows the functions whose result is one of their
// arguments, or an element of one.
func kmsRegionalCall(mod *model.Module, call *hclsyntax.FunctionCallExpr, rest hcl.Traversal, depth int) ([]kmsRegionalKey, bool, bool) {
	anyElement := kmsRegionalJoin(hcl.Traversal{kmsRegionalAnyIndex{}}, rest...)
	// elementsOf treats an index into the result as any element of any argument.
	elementsOf := func(args []hcl.Expression) ([]kmsRegionalKey, bool, bool) {
		if len(rest) == 0 {
			return nil, false, true
		}
		inner := rest
		if _, attr := rest[0].(hcl.TraverseAttr); !attr {
			inner = kmsRegionalJoin(hcl.Traversal{kmsRegionalAnyIndex{}}, rest[1:]...)
		}
		keys, complete := kmsRegionalUnion(mod, args, inner, depth)
		return keys, complete, true
	}
	switch call.Name {
	case "try", "coalesce":
		keys, complete := kmsRegionalUnion(mod, kmsRegionalExprs(call.Args), rest, depth)
		return keys, complete, true
	case "tostring":
		if len(call.Args) == 1 {
			keys, complete := kmsRegionalTrace(mod, call.Args[0], rest, depth)
			return keys, complete, true
		}
	case "one", "element":
		if len(call.Args) >= 1 {
			keys, complete := kmsRegionalTrace(mod, call.Args[0], anyElement, depth)
			return keys, complete, true
		}
	case "concat", "compact", "flatten", "distinct", "tolist", "toset", "coalescelist":
		return elementsOf(kmsRegionalExprs(call.Args))
	case "join":
		if len(call.Args) >= 2 && len(rest) == 0 {
			keys, complete := kmsRegionalUnion(mod, kmsRegionalExprs(call.Args[1:]), hcl.Traversal{kmsRegionalAnyIndex{}}, depth)
			return keys, complete, true
		}
	case "lookup":
		if len(call.Args) >= 2 {
			var step hcl.Traverser = kmsRegionalAnyIndex{}
			if v := mod.Eval(call.Args[1], nil); v.IsWhollyKnown() && !v.IsNull() {
				step = hcl.TraverseIndex{Key: v}
			}
			keys, complete := kmsRegionalTrace(mod, call.Args[0], kmsRegionalJoin(hcl.Traversal{step}, rest...), depth)
			if len(call.Args) == 3 {
				more, ok := kmsRegionalTrace(mod, call.Args[2], rest, depth)
				keys, complete = append(keys, more...), complete && ok
			}
			return keys, complete, true
		}
	}
	return nil, false, false
}

func kmsRegionalExprs(list []hclsyntax.Expression) []hcl.Expression {
	out := make([]hcl.Expression, len(list))
	for i, e := range list {
		out[i] = e
	}
	return out
}

// kmsRegionalStepName is the attribute or string key a step selects.
func kmsRegionalStepName(step hcl.Traverser) (string, bool) {
	switch s := step.(type) {
	case hcl.TraverseAttr:
		return s.Name, true
	case hcl.TraverseIndex:
		if s.Key.Type() == cty.String && s.Key.IsKnown() && !s.Key.IsNull() {
			return s.Key.AsString(), true
		}
	}
	return "", false
}

// kmsRegionalAttrAfter is the first attribute name at or after position i, skipping indexes.
func kmsRegionalAttrAfter(tr hcl.Traversal, i int) string {
	for ; i < len(tr); i++ {
		switch s := tr[i].(type) {
		case hcl.TraverseAttr:
			return s.Name
		case hcl.TraverseIndex, kmsRegionalAnyIndex:
		default:
			return ""
		}
	}
	return ""
}

// kmsRegionalTraversal follows a reference: a key, an alias, a key data
// source, or a local, variable or module output that leads to one.
func kmsRegionalTraversal(mod *model.Module, tr hcl.Traversal, depth int) ([]kmsRegionalKey, bool) {
	if len(tr) < 2 {
		return kmsRegionalEvalTraversal(mod, tr)
	}
	name := kmsRegionalAttrAfter(tr, 1)
	switch tr.RootName() {
	case "var":
		if mod.Call == nil {
			return kmsRegionalEvalTraversal(mod, tr)
		}
		if arg := mod.Call.Body.Attr(name); arg != nil {
			return kmsRegionalTrace(mod.Call.Parent, arg.Expr, tr[2:], depth)
		}
		if v := mod.Variables[name]; v != nil && v.Default != nil {
			return kmsRegionalTrace(mod, v.Default, tr[2:], depth)
		}
		return nil, false
	case "local":
		if attr := mod.Locals[name]; attr != nil {
			return kmsRegionalTrace(mod, attr.Expr, tr[2:], depth)
		}
		return nil, false
	case "module":
		return kmsRegionalOutput(mod, tr, depth)
	case "data":
		ds := mod.DataSource(name, kmsRegionalAttrAfter(tr, 2))
		if ds == nil {
			return nil, false
		}
		if ds.Absent() {
			return nil, true
		}
		attr := kmsRegionalAttrAfter(tr, 3)
		if ds.Type == "aws_kms_key" && kmsRegionalKeyAttrs[attr] || ds.Type == "aws_kms_alias" && kmsRegionalAliasAttrs[attr] {
			return []kmsRegionalKey{kmsRegionalDataKey(ds, kmsRegionalInstanceKey(tr[1:]))}, true
		}
		return nil, false
	case "count", "each", "path", "terraform", "self":
		return kmsRegionalEvalTraversal(mod, tr)
	}
	res := mod.Resource(tr.RootName(), name)
	if res == nil {
		return nil, false
	}
	if res.Absent() {
		return nil, true
	}
	attr := kmsRegionalAttrAfter(tr, 2)
	switch {
	case kmsRegionalKeyTypes[res.Type] && kmsRegionalKeyAttrs[attr]:
		instance := kmsRegionalInstanceKey(tr)
		if attr != "arn" {
			return kmsRegionalMultiRegionKeys(res, instance)
		}
		return []kmsRegionalKey{{label: res.Address() + instance, region: res.InstanceRegion(instance), managed: true}}, true
	case res.Type == "aws_kms_alias" && (attr == "name" || attr == "id"):
		return kmsRegionalAliasByName(res, depth)
	case res.Type == "aws_kms_alias" && (attr == "arn" || attr == "target_key_arn") && res.Region.Known():
		// Both ARNs name the alias's region, even when its target is a
		// multi-Region key id that other regions share.
		key := kmsRegionalKey{label: res.Address(), region: res.Region}
		if keys, complete := kmsRegionalAlias(res, depth); complete && len(keys) > 0 {
			key = keys[0]
			key.region = res.Region
		}
		return []kmsRegionalKey{key}, true
	case res.Type == "aws_kms_alias" && kmsRegionalAliasAttrs[attr]:
		return kmsRegionalAlias(res, depth)
	}
	return nil, false
}

// kmsRegionalMultiRegionKeys resolves a key (the instance named by a literal
// index, if any) referenced by its id. AWS looks a bare id up in the caller's
// region, and the related keys of a multi-Region key share one id, so the id
// names the primary key and each of its replicas: a site in any of their
// regions finds a key. The referenced key comes first, to name it in messages.
func kmsRegionalMultiRegionKeys(key *model.Resource, instance string) ([]kmsRegionalKey, bool) {
	self := kmsRegionalKey{label: key.Address() + instance, region: key.InstanceRegion(instance), managed: true}
	primary := key
	switch key.Type {
	case "aws_kms_replica_key", "aws_kms_replica_external_key":
		primary = kmsRegionalPrimary(key)
		if primary == nil {
			return nil, false
		}
	default:
		multiRegion := key.Body.Attr("multi_region")
		if multiRegion == nil {
			return []kmsRegionalKey{self}, true
		}
		isMulti, known := key.Module.EvalBool(multiRegion.Expr, key)
		if !known {
			return nil, false
		}
		if !isMulti {
			return []kmsRegionalKey{self}, true
		}
	}
	cfg := key.Module.Config()
	// Each instance of an expanded primary is a key of its own.
	if cfg.HasOpaqueModules() || primary.Expanded {
		return nil, false
	}
	keys := []kmsRegionalKey{self}
	related := []*model.Resource{primary}
	for _, replicaType := range []string{"aws_kms_replica_key", "aws_kms_replica_external_key"} {
		for _, r := range cfg.ResourcesOfType(replicaType) {
			switch kmsRegionalPrimary(r) {
			case primary:
				related = append(related, r)
			case nil:
				return nil, false
			}
		}
	}
	for _, r := range related {
		regions := r.Regions()
		if len(regions) == 0 {
			return nil, false
		}
		for _, region := range regions {
			keys = append(keys, kmsRegionalKey{label: r.Address(), region: region, managed: true})
		}
	}
	return keys, true
}

// kmsRegionalPrimary is the key resource a replica's primary_key_arn names,
// or nil when it cannot be followed to exactly one.
func kmsRegionalPrimary(replica *model.Resource) *model.Resource {
	arn := replica.Body.Attr("primary_key_arn")
	if arn == nil {
		return nil
	}
	refs, complete := replica.Module.References(arn.Expr)
	if !complete || len(refs) != 1 || !kmsRegionalKeyTypes[refs[0].Resource.Type] {
		return nil
	}
	return refs[0].Resource
}

// kmsRegionalInstanceKey is the instance key a resource reference names
// with a literal index (`aws_kms_key.r["us-east-1"]`), or "".
func kmsRegionalInstanceKey(tr hcl.Traversal) string {
	if len(tr) > 2 {
		if idx, ok := tr[2].(hcl.TraverseIndex); ok {
			return model.InstanceKey(idx.Key)
		}
	}
	return ""
}

// kmsRegionalOutput follows `module.<name>[...].<output>`.
func kmsRegionalOutput(mod *model.Module, tr hcl.Traversal, depth int) ([]kmsRegionalKey, bool) {
	callName := kmsRegionalAttrAfter(tr, 1)
	for _, call := range mod.Calls {
		if call.Name != callName {
			continue
		}
		if call.Absent {
			return nil, true
		}
		if call.Module == nil {
			return nil, false
		}
		i := 2
		for i < len(tr) {
			if _, attr := tr[i].(hcl.TraverseAttr); attr {
				break
			}
			i++
		}
		if i >= len(tr) {
			return nil, false
		}
		output := kmsRegionalAttrAfter(tr, i)
		for _, o := range call.Module.Outputs {
			if o.Name == output && o.Expr != nil {
				return kmsRegionalTrace(call.Module, o.Expr, tr[i+1:], depth)
			}
		}
	}
	return nil, false
}

// kmsRegionalAlias follows an alias to its target key. An alias and its key
// share a region, so an alias whose target cannot be followed still places
// the key in the alias's region.
func kmsRegionalAlias(alias *model.Resource, depth int) ([]kmsRegionalKey, bool) {
	var keys []kmsRegionalKey
	complete := false
	if target := alias.Body.Attr("target_key_id"); target != nil {
		keys, complete = kmsRegionalTrace(alias.Module, target.Expr, nil, depth)
	}
	if complete && len(keys) > 0 {
		for i := range keys {
			if keys[i].local {
				keys[i] = kmsRegionalKey{label: keys[i].label, region: alias.Region}
			}
			keys[i].label += " (through " + alias.Address() + ")"
		}
		return keys, true
	}
	if alias.Region.Known() {
		return []kmsRegionalKey{{label: alias.Address(), region: alias.Region}}, true
	}
	return nil, false
}

// kmsRegionalAliasByName resolves an alias used by its name, which AWS looks
// up in the caller's region: every alias of the configuration with that name
// is a candidate, each in its own region.
func kmsRegionalAliasByName(alias *model.Resource, depth int) ([]kmsRegionalKey, bool) {
	name, known := kmsRegionalAliasName(alias)
	if !known {
		return kmsRegionalAlias(alias, depth)
	}
	cfg := alias.Module.Config()
	// A module the model cannot read may create the same name elsewhere.
	if cfg.HasOpaqueModules() {
		return nil, false
	}
	var keys []kmsRegionalKey
	complete := true
	for _, other := range cfg.ResourcesOfType("aws_kms_alias") {
		if otherName, ok := kmsRegionalAliasName(other); !ok {
			complete = false
		} else if otherName == name {
			found, ok := kmsRegionalAlias(other, depth)
			keys, complete = append(keys, found...), complete && ok
		}
	}
	return keys, complete
}

func kmsRegionalAliasName(alias *model.Resource) (string, bool) {
	a := alias.Body.Attr("name")
	if a == nil {
		return "", false
	}
	return alias.Module.EvalString(a.Expr, alias)
}

// kmsRegionalDataKey is the key a data source reads: in the data source's
// region, or in the region of the ARN it names.
func kmsRegionalDataKey(ds *model.Resource, instance string) kmsRegionalKey {
	key := kmsRegionalKey{label: ds.Address() + instance, region: ds.InstanceRegion(instance)}
	arg := "key_id"
	if ds.Type == "aws_kms_alias" {
		arg = "name"
	}
	if a := ds.Body.Attr(arg); a != nil {
		if s, ok := ds.Module.EvalString(a.Expr, ds); ok {
			named := kmsRegionalFromString(s)
			key.awsManaged = named.awsManaged
			if named.region.Known() {
				key.region = named.region
			}
		}
	}
	return key
}

// kmsRegionalEvalTraversal evaluates a reference the model can evaluate
// (variables of the module under check, count, each), up to the first
// unknown index, and applies the rest to the value.
func kmsRegionalEvalTraversal(mod *model.Module, tr hcl.Traversal) ([]kmsRegionalKey, bool) {
	cut := len(tr)
	for i, step := range tr {
		if _, any := step.(kmsRegionalAnyIndex); any {
			cut = i
			break
		}
	}
	prefix := tr[:cut]
	v := mod.Eval(&hclsyntax.ScopeTraversalExpr{Traversal: prefix, SrcRange: prefix.SourceRange()}, nil)
	return kmsRegionalValue(v, tr[cut:])
}

// kmsRegionalValue reads the keys a known value names, after applying steps.
func kmsRegionalValue(v cty.Value, rest hcl.Traversal) ([]kmsRegionalKey, bool) {
	if !v.IsKnown() {
		return nil, false
	}
	if v.IsNull() {
		return nil, true
	}
	if len(rest) > 0 {
		switch rest[0].(type) {
		case kmsRegionalAnyIndex:
			return kmsRegionalElements(v, rest[1:])
		case hcl.TraverseAttr:
			if v.Type().IsListType() || v.Type().IsTupleType() || v.Type().IsSetType() {
				return kmsRegionalElements(v, rest)
			}
		}
		next, diags := rest[0].TraversalStep(v)
		if diags.HasErrors() {
			return nil, false
		}
		return kmsRegionalValue(next, rest[1:])
	}
	if v.Type() != cty.String {
		return nil, false
	}
	if key := kmsRegionalFromString(v.AsString()); key.label != "" {
		return []kmsRegionalKey{key}, true
	}
	return nil, true
}

func kmsRegionalElements(v cty.Value, rest hcl.Traversal) ([]kmsRegionalKey, bool) {
	if !v.CanIterateElements() {
		return nil, false
	}
	var keys []kmsRegionalKey
	for it := v.ElementIterator(); it.Next(); {
		_, elem := it.Element()
		k, ok := kmsRegionalValue(elem, rest)
		if !ok {
			return nil, false
		}
		keys = append(keys, k...)
	}
	return keys, true
}

// kmsRegionalFromString reads a key id, alias name or ARN. An empty string names no key.
func kmsRegionalFromString(s string) kmsRegionalKey {
	s = strings.TrimSpace(s)
	if s == "" {
		return kmsRegionalKey{}
	}
	key := kmsRegionalKey{label: strconv.Quote(s)}
	if !strings.HasPrefix(s, "arn:") {
		key.local = true
		key.awsManaged = strings.HasPrefix(s, "alias/aws/")
		return key
	}
	parts := strings.SplitN(s, ":", 6)
	if len(parts) == 6 && parts[2] == "kms" && awsregion.IsName(parts[3]) {
		key.region = model.Region{Name: parts[3]}
		key.awsManaged = strings.HasPrefix(parts[5], "alias/aws/")
	}
	return key
}
