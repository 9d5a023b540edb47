# A multi-Region key, its alias and its eu-west-2 replica in a module; the
# root adds a replica in us-east-1 from the alias's target_key_arn. Both
# replicas are the key's: its id works in eu-west-1, eu-west-2 and us-east-1.
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "eu_west_2"
  region = "eu-west-2"
}
provider "aws" {
  alias  = "global"
  region = "us-east-1"
}
provider "aws" { # want `Region ap-northeast-1 \(provider aws\.tokyo\) has no customer-managed KMS key of its own` @ `provider "aws"`
  alias  = "tokyo"
  region = "ap-northeast-1"
}

module "sns_kms" {
  source = "./modules/kms_key"
  providers = {
    aws.primary = aws
    aws.replica = aws.eu_west_2
  }
}

resource "aws_kms_replica_key" "sns_global" {
  provider        = aws.global
  primary_key_arn = module.sns_kms.alias_target_key_arn
}

resource "aws_sns_topic" "eu_west_2" {
  provider          = aws.eu_west_2
  kms_master_key_id = module.sns_kms.alias_target_key_id
}
resource "aws_sns_topic" "global" {
  provider          = aws.global
  kms_master_key_id = module.sns_kms.alias_target_key_id
}
resource "aws_sns_topic" "tokyo" {
  provider          = aws.tokyo
  kms_master_key_id = module.sns_kms.alias_target_key_id # want `kms_master_key_id of aws_sns_topic\.tokyo uses KMS key module\.sns_kms\.aws_kms_key\.main \(through module\.sns_kms\.aws_kms_alias\.primary\), which is in eu-west-1, but the resource is in ap-northeast-1\.` @ "module.sns_kms.alias_target_key_id"
}
