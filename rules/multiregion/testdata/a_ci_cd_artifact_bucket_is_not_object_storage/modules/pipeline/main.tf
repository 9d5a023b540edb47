variable "create" {
  type = bool
}

resource "aws_s3_bucket" "build" {
  count  = var.create ? 1 : 0
  bucket = "build-output"
}
resource "aws_s3_bucket" "cache" {
  bucket = "build-cache"
}
resource "aws_codebuild_project" "build" {
  count = var.create ? 1 : 0
  artifacts {
    type     = "S3"
    location = aws_s3_bucket.build[0].id
  }
  cache {
    type     = "S3"
    location = "${aws_s3_bucket.cache.bucket}/cache"
  }
}
