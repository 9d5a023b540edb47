
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
resource "aws_kms_alias" "west" {
  provider      = aws.west
  name          = "alias/app"
  target_key_id = aws_kms_key.west.key_id
}
resource "aws_kms_alias" "east_only" {
  provider      = aws.east
  name          = "alias/east-only"
  target_key_id = aws_kms_key.east.key_id
}
resource "aws_sns_topic" "by_shared_name" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.name
}
resource "aws_sns_topic" "by_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.arn # want `kms_master_key_id of aws_sns_topic\.by_arn uses KMS key aws_kms_key\.east \(through aws_kms_alias\.east\), which is in us-east-1` @ "aws_kms_alias.east.arn"
}
resource "aws_sns_topic" "by_name_elsewhere" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east_only.name # want `kms_master_key_id of aws_sns_topic\.by_name_elsewhere uses KMS key aws_kms_key\.east \(through aws_kms_alias\.east_only\), which is in us-east-1` @ "aws_kms_alias.east_only.name"
}
