package multiregion

import (
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// artifactStorePaths are, by resource type, the blocks whose location names
// the S3 bucket a CI/CD service keeps its artifacts (or build cache) in.
var artifactStorePaths = map[string][]string{
	"aws_codepipeline":      {"artifact_store{}.location"},
	"aws_codebuild_project": {"artifacts{}.location", "secondary_artifacts{}.location", "cache{}.location"},
}

// artifactStores are the S3 buckets a CodePipeline artifact store or a
// CodeBuild project's artifacts or cache name. Such a bucket is CI/CD
// tooling, usually deployed once: it holds build outputs, not the workload's
// data, so it is not the region's object storage and places no group.
func artifactStores(cfg *model.Config) map[*model.Resource]bool {
	out := map[*model.Resource]bool{}
	for typ, paths := range artifactStorePaths {
		for _, res := range cfg.ResourcesOfType(typ) {
			for _, path := range paths {
				blockName := path[:len(path)-len("{}.location")]
				for _, blk := range res.Body.AllBlocks(blockName) {
					location := blk.Body.Attr("location")
					if location == nil {
						continue
					}
					refs, _ := res.Module.References(location.Expr)
					for _, ref := range refs {
						if ref.Resource.Type == "aws_s3_bucket" && !ref.Resource.Data {
							out[ref.Resource] = true
						}
					}
				}
			}
		}
	}
	return out
}
