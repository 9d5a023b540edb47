package kmskeyregional

import (
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/awsregion"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// placement says which region an attribute's key must be in.
type placement int

const (
	// inOwnRegion: the region of the resource itself.
	inOwnRegion placement = iota
	// acrossByDesign: the attribute names a key in another region on purpose.
	acrossByDesign
	// inArgRegion: the region a sibling argument names.
	inArgRegion
	// inBucketRegion: the region of the S3 bucket the data is written
	// to, which may lie in another region (a central log bucket, a replica).
	inBucketRegion
)

// place tells where the key of one attribute path must be.
type place struct {
	placement placement
	// depth is how many leading path segments lead to the block holding args; 0 is the resource body.
	depth int
	// args are dotted paths below that block, tried in order: a region name
	// (inArgRegion) or a reference to the bucket (inBucketRegion).
	args []string
	// ownWhenUnset applies the resource's own region when no arg is set.
	ownWhenUnset bool
}

// places lists the attributes whose key is not simply in the
// resource's own region, keyed by "<type> <path>". Copies and cross-region
// replicas created by the resource itself (aws_ebs_snapshot_copy,
// aws_ami_copy, aws_db_snapshot_copy, aws_db_instance_automated_backups_replication,
// aws_dynamodb_table_replica, aws_redshift_snapshot_copy_grant, ...) are
// created in the destination region, which is the resource's own.
var places = func() map[string]place {
	byDesign := place{placement: acrossByDesign}
	region := func(depth int, args ...string) place {
		return place{placement: inArgRegion, depth: depth, args: args}
	}
	bucket := func(depth int, arg string) place {
		return place{placement: inBucketRegion, depth: depth, args: []string{arg}}
	}
	table := map[string]place{
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
		"aws_codepipeline artifact_store.encryption_key.id":                                                                                                     {placement: inArgRegion, depth: 1, args: []string{"region"}, ownWhenUnset: true},
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
			table["aws_kinesis_firehose_delivery_stream "+path] = bucket(len(segs)-1, "bucket_arn")
		}
	}
	return table
}()

// expectation is the region a site's key must be in.
type expectation struct {
	region model.Region
	// where tells, for messages, what places the key there.
	where string
	// own is set when the key must be in the resource's own region.
	own bool
}

// expected returns where a site's key must be; ok is false when the
// attribute points across regions by design or its region cannot be told.
func (c *check) expected(site site) (expectation, bool) {
	res := site.res
	own := expectation{region: res.Region, where: "the resource is in " + res.Region.String(), own: true}
	where, listed := places[res.Type+" "+site.path]
	if !listed {
		return own, true
	}
	if where.placement == acrossByDesign || where.depth > len(site.chain) {
		return expectation{}, false
	}
	holder := res.Body
	if where.depth > 0 {
		holder = site.chain[where.depth-1].Body
	}
	segs := strings.Split(site.path, ".")
	for _, arg := range where.args {
		attr := argAt(holder, arg)
		if attr == nil {
			continue
		}
		switch where.placement {
		case inArgRegion:
			name, ok := res.Module.EvalString(attr.Expr, res)
			if !ok || !awsregion.IsName(name) {
				return expectation{}, false
			}
			argPath := strings.Join(append(segs[:where.depth:where.depth], arg), ".")
			return expectation{region: model.Region{Name: name}, where: argPath + " is " + name}, true
		case inBucketRegion:
			bucket := bucketOf(res.Module, attr.Expr)
			if bucket == nil || !bucket.Region.Known() {
				return expectation{}, false
			}
			return expectation{region: bucket.Region, where: "the bucket it writes to, " + bucket.Address() + ", is in " + bucket.Region.Name}, true
		}
	}
	if where.ownWhenUnset {
		return own, true
	}
	return expectation{}, false
}

// argAt reads a dotted argument path below a body.
func argAt(body *model.Body, path string) *hcl.Attribute {
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

// bucketOf returns the one aws_s3_bucket an expression refers to, if that is all it refers to.
func bucketOf(mod *model.Module, expr hcl.Expression) *model.Resource {
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
