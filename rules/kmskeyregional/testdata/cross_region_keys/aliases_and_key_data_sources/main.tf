
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

resource "aws_kms_alias" "east" {
  provider      = aws.east
  name          = "alias/app"
  target_key_id = aws_kms_key.east.key_id
}
resource "aws_kms_alias" "west_wrong" {
  provider      = aws.west
  name          = "alias/app"
  target_key_id = aws_kms_key.east.arn # want `target_key_id of aws_kms_alias\.west_wrong uses KMS key aws_kms_key\.east, which is in us-east-1` @ "aws_kms_key.east.arn"
}
resource "aws_kms_alias" "opaque" {
  provider      = aws.east
  name          = "alias/opaque"
  target_key_id = var.key
}
data "aws_kms_key" "east" {
  provider = aws.east
  key_id   = "alias/shared"
}
data "aws_kms_alias" "managed" {
  provider = aws.east
  name     = "alias/aws/s3"
}
resource "aws_cloudwatch_log_group" "west_alias" {
  provider   = aws.west
  kms_key_id = aws_kms_alias.east.arn # want `KMS key aws_kms_key\.east \(through aws_kms_alias\.east\), which is in us-east-1` @ "aws_kms_alias.east.arn"
}
resource "aws_cloudwatch_log_group" "west_opaque" {
  provider   = aws.west
  kms_key_id = aws_kms_alias.opaque.target_key_arn # want `KMS key aws_kms_alias\.opaque, which is in us-east-1` @ "aws_kms_alias.opaque.target_key_arn"
}
resource "aws_cloudwatch_log_group" "west_data" {
  provider   = aws.west
  kms_key_id = data.aws_kms_key.east.arn # want `KMS key data\.aws_kms_key\.east, which is in us-east-1` @ "data.aws_kms_key.east.arn"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "west" {
  provider = aws.west
  bucket   = "b"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = data.aws_kms_alias.managed.target_key_arn # want `KMS key data\.aws_kms_alias\.managed, which is in us-east-1` @ "data.aws_kms_alias.managed.target_key_arn"
    }
  }
}
