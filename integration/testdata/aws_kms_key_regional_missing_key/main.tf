provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

resource "aws_kms_key" "main" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "primary" {}

resource "aws_s3_bucket_server_side_encryption_configuration" "primary" {
  bucket = aws_s3_bucket.primary.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.main.arn
    }
  }
}

# The disaster-recovery region only stores a bucket for the stack: no deployment region, no key asked.
resource "aws_s3_bucket" "dr" {
  provider = aws.dr
}

# Provider v6: a region that exists only through a resource's region argument.
resource "aws_sqs_queue" "eu" {
  region = "eu-central-1"
}

# A secondary region that is only a VPC needs a key too: what it will host
# (volumes, databases, logs) cannot use the other region's.
resource "aws_vpc" "ap" {
  region     = "ap-southeast-2"
  cidr_block = "10.2.0.0/16"
}
