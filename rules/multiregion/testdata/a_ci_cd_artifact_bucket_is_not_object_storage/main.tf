# Sweep cause M1: the only buckets are a CodePipeline artifact store and a
# CodeBuild project's artifacts and cache, CI/CD tooling deployed once.
provider "aws" {
  region = "ap-south-1"
}
provider "aws" {
  alias  = "dr"
  region = "ap-southeast-1"
}

resource "aws_eks_cluster" "primary" {
  name = "primary"
}
resource "aws_eks_cluster" "dr" {
  provider = aws.dr
  name     = "dr"
}

resource "aws_s3_bucket" "pipeline_artifacts" {
  bucket = "pipeline-artifacts"
}
resource "aws_codepipeline" "deploy" {
  artifact_store {
    location = aws_s3_bucket.pipeline_artifacts.bucket
    type     = "S3"
  }
}

module "pipeline" {
  source = "./modules/pipeline"
  create = true
}
