# Cross-region by design: none of these is reported, except the replication
# rule whose replica key is not in the destination bucket's region and the
# queue that names a multi-Region key by the primary's ARN.

resource "aws_kms_key" "primary" {
  multi_region = true
}

resource "aws_kms_replica_key" "west" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.primary.arn
}

resource "aws_s3_bucket" "source" {}

resource "aws_s3_bucket" "other_source" {}

resource "aws_s3_bucket" "replica" {
  provider = aws.west
}

resource "aws_s3_bucket_replication_configuration" "source" {
  bucket = aws_s3_bucket.source.id
  role   = "arn:aws:iam::111122223333:role/replication"

  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_replica_key.west.arn
      }
    }
    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }
  }
}

resource "aws_s3_bucket_replication_configuration" "other_source" {
  bucket = aws_s3_bucket.other_source.id
  role   = "arn:aws:iam::111122223333:role/replication"

  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.primary.arn
      }
    }
    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }
  }
}

resource "aws_dynamodb_table" "global" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.primary.arn
  }

  replica {
    region_name = "us-west-2"
    kms_key_arn = aws_kms_replica_key.west.arn
  }
}

resource "aws_ebs_snapshot_copy" "west" {
  provider           = aws.west
  source_region      = "us-east-1"
  source_snapshot_id = "snap-0123456789abcdef0"
  encrypted          = true
  kms_key_id         = aws_kms_replica_key.west.arn
}

# The related keys of a multi-Region key share one key id, which AWS looks up
# in the caller's region: in us-west-2 this id finds the replica.
resource "aws_sqs_queue" "west_by_multi_region_id" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.primary.key_id
}

# An ARN names one region: this one is the primary's.
resource "aws_sqs_queue" "west_by_multi_region_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.primary.arn
}
