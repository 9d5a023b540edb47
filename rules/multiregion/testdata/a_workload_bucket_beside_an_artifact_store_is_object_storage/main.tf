provider "aws" {
  region = "ap-south-1"
}
provider "aws" { # want `^ap-southeast-1 \(provider aws\.dr\) lacks object_storage, present in ap-south-1: aws_s3_bucket\.uploads\.` @ `provider "aws"`
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
resource "aws_s3_bucket" "uploads" {
  bucket = "uploads"
}
resource "aws_codepipeline" "deploy" {
  artifact_store {
    location = aws_s3_bucket.pipeline_artifacts.bucket
    type     = "S3"
  }
}
