
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "east" {
  provider = aws.east
}
resource "aws_kms_key" "west" {
  provider = aws.west
}

resource "aws_kms_key" "primary" {
  provider     = aws.east
  multi_region = true
}
resource "aws_kms_replica_key" "west" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.primary.arn
}
resource "aws_s3_bucket" "source" {
  provider = aws.east
}
resource "aws_s3_bucket" "replica" {
  provider = aws.west
}
resource "aws_s3_bucket_replication_configuration" "good" {
  provider = aws.east
  bucket   = aws_s3_bucket.source.id
  role     = "arn:aws:iam::111122223333:role/replication"
  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_replica_key.west.arn
      }
    }
  }
}
resource "aws_s3_bucket_replication_configuration" "bad" {
  provider = aws.east
  bucket   = aws_s3_bucket.source.id
  role     = "arn:aws:iam::111122223333:role/replication"
  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.east.arn # want `rule\.destination\.encryption_configuration\.replica_kms_key_id of aws_s3_bucket_replication_configuration\.bad uses KMS key aws_kms_key\.east, which is in us-east-1, but the bucket it writes to, aws_s3_bucket\.replica, is in us-west-2\.` @ "aws_kms_key.east.arn"
      }
    }
  }
}
resource "aws_s3_bucket_replication_configuration" "elsewhere" {
  provider = aws.east
  bucket   = aws_s3_bucket.source.id
  role     = "arn:aws:iam::111122223333:role/replication"
  rule {
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::bucket-in-another-account"
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.west.arn
      }
    }
  }
}
resource "aws_dynamodb_table" "global" {
  provider = aws.east
  name     = "t"
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.east.arn
  }
  replica {
    region_name = "us-west-2"
    kms_key_arn = aws_kms_key.west.arn
  }
  replica {
    region_name = "us-west-2"
    kms_key_arn = aws_kms_key.east.arn # want `replica\.kms_key_arn of aws_dynamodb_table\.global uses KMS key aws_kms_key\.east, which is in us-east-1, but replica\.region_name is us-west-2\.` @ "aws_kms_key.east.arn"
  }
  replica {
    region_name = var.replica_region
    kms_key_arn = aws_kms_key.east.arn
  }
}
resource "aws_ebs_snapshot_copy" "west" {
  provider           = aws.west
  source_region      = "us-east-1"
  source_snapshot_id = "snap-0123456789abcdef0"
  encrypted          = true
  kms_key_id         = aws_kms_key.west.arn
}
