# Keys read in us-east-1 and used in us-west-2. A key id may be a
# multi-Region key's (mrk-...), the same in every region: no verdict, and no
# verdict either on us-west-2 having no key of its own. An ARN names its region.
provider "aws" {
  region = "us-west-2"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}

resource "aws_kms_key" "east" {
  provider = aws.east
}

data "aws_kms_alias" "mrk" {
  provider = aws.east
  name     = "alias/sns-mrk"
}
data "aws_kms_key" "mrk" {
  provider = aws.east
  key_id   = "mrk-1234abcd12ab34cd56ef1234567890ab"
}
data "aws_kms_alias" "managed" {
  provider = aws.east
  name     = "alias/aws/sns"
}

resource "aws_sns_topic" "by_target_key_id" {
  kms_master_key_id = data.aws_kms_alias.mrk.target_key_id
}
resource "aws_sns_topic" "by_key_id" {
  kms_master_key_id = data.aws_kms_key.mrk.key_id
}
resource "aws_sns_topic" "by_id" {
  kms_master_key_id = data.aws_kms_key.mrk.id
}
resource "aws_sns_topic" "by_alias_arn" {
  kms_master_key_id = data.aws_kms_alias.mrk.arn # want `kms_master_key_id of aws_sns_topic\.by_alias_arn uses KMS key data\.aws_kms_alias\.mrk, which is in us-east-1, but the resource is in us-west-2\.` @ "data.aws_kms_alias.mrk.arn"
}
resource "aws_sns_topic" "by_alias_id" {
  kms_master_key_id = data.aws_kms_alias.mrk.id # want `uses KMS key data\.aws_kms_alias\.mrk, which is in us-east-1` @ "data.aws_kms_alias.mrk.id"
}
resource "aws_sns_topic" "by_target_key_arn" {
  kms_master_key_id = data.aws_kms_alias.mrk.target_key_arn # want `uses KMS key data\.aws_kms_alias\.mrk, which is in us-east-1` @ "data.aws_kms_alias.mrk.target_key_arn"
}
resource "aws_sns_topic" "by_key_arn" {
  kms_master_key_id = data.aws_kms_key.mrk.arn # want `uses KMS key data\.aws_kms_key\.mrk, which is in us-east-1` @ "data.aws_kms_key.mrk.arn"
}
# An AWS managed key is never a multi-Region key.
resource "aws_sns_topic" "by_managed_key_id" {
  kms_master_key_id = data.aws_kms_alias.managed.target_key_id # want `uses KMS key data\.aws_kms_alias\.managed, which is in us-east-1` @ "data.aws_kms_alias.managed.target_key_id"
}
