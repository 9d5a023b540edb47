
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

resource "aws_kms_key" "mrk" {
  provider     = aws.east
  multi_region = true
}
resource "aws_kms_replica_key" "west" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.mrk.arn
}
resource "aws_kms_alias" "east" {
  provider      = aws.east
  name          = "alias/app"
  target_key_id = aws_kms_key.mrk.key_id
}
resource "aws_sqs_queue" "by_alias_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.arn # want `kms_master_key_id of aws_sqs_queue\.by_alias_arn uses KMS key aws_kms_key\.mrk \(through aws_kms_alias\.east\), which is in us-east-1` @ "aws_kms_alias.east.arn"
}
resource "aws_sqs_queue" "by_target_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.target_key_arn # want `kms_master_key_id of aws_sqs_queue\.by_target_arn uses KMS key aws_kms_key\.mrk \(through aws_kms_alias\.east\), which is in us-east-1` @ "aws_kms_alias.east.target_key_arn"
}
