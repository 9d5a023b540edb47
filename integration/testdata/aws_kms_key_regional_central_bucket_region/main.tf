provider "aws" {
  region = "eu-west-2"
}

# The us-east-1 alias only holds a central bucket the stack writes to: it is
# not a deployment region, so it is not asked for a key of its own.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

# us-west-2 runs a queue: a workload, which needs a key of its own.
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "main" {
  enable_key_rotation = true
}

resource "aws_sqs_queue" "main" {
  kms_master_key_id = aws_kms_key.main.arn
}

resource "aws_s3_bucket" "central" {
  provider = aws.us_east_1
  bucket   = "example-central-logs"
}

resource "aws_s3_bucket_public_access_block" "central" {
  provider                = aws.us_east_1
  bucket                  = aws_s3_bucket.central.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_sqs_queue" "west" {
  provider = aws.west
}
