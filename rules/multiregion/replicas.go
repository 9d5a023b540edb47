package multiregion

import (
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// dataReplicas are resources that copy data from another
// resource: a region that hosts nothing else keeps backups or a pilot light,
// and is not a deployment region of its own.
func dataReplicas(cfg *model.Config) map[*model.Resource]bool {
	out := map[*model.Resource]bool{}
	var byName map[string][]*model.Resource
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
				if byName == nil {
					byName = bucketsByName(cfg)
				}
				for _, b := range byName[bucketFromARN(arn)] {
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
			out[res] = setsArg(res, "replicate_source_db")
		case "aws_rds_cluster":
			out[res] = setsArg(res, "replication_source_identifier")
		case "aws_elasticache_replication_group":
			out[res] = setsArg(res, "global_replication_group_id")
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

// bucketsByName indexes the S3 buckets whose name is known.
func bucketsByName(cfg *model.Config) map[string][]*model.Resource {
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

// bucketFromARN is the bucket name of an S3 bucket ARN
// (arn:<partition>:s3:::<name>), else "".
func bucketFromARN(arn string) string {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[2] != "s3" || parts[3] != "" || parts[4] != "" {
		return ""
	}
	return parts[5]
}

// setsArg reports whether an argument is set to something that may not be null.
func setsArg(res *model.Resource, name string) bool {
	attr := res.Body.Attr(name)
	if attr == nil {
		return false
	}
	v := res.Module.Eval(attr.Expr, res)
	return !v.IsKnown() || !v.IsNull()
}
