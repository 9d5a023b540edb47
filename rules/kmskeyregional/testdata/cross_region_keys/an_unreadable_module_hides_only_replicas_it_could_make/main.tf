provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "eu_west_2"
  region = "eu-west-2"
}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

# A multi-Region key in eu-west-1 and its replica in eu-west-2 share one id (mrk-...).
resource "aws_kms_key" "sns" {
  multi_region = true
}
resource "aws_kms_replica_key" "sns" {
  provider        = aws.eu_west_2
  primary_key_arn = aws_kms_key.sns.arn
}
resource "aws_kms_alias" "sns" {
  name          = "alias/sns"
  target_key_id = aws_kms_key.sns.key_id
}

# Given nothing that leads to a key, this module cannot replicate one.
module "network" {
  source = "github.com/example/terraform-aws-network?ref=v1.0.0"
  cidr   = "10.0.0.0/16"
}

# In eu-west-2 the id resolves to the replica.
resource "aws_sns_topic" "replica_region" {
  provider          = aws.eu_west_2
  kms_master_key_id = aws_kms_alias.sns.target_key_id
}
resource "aws_sqs_queue" "replica_region_by_key_id" {
  provider          = aws.eu_west_2
  kms_master_key_id = aws_kms_key.sns.key_id
}
# No replica in us-east-1: the unreadable module could not have made one.
resource "aws_sns_topic" "no_replica_there" {
  provider          = aws.us_east_1
  kms_master_key_id = aws_kms_alias.sns.target_key_id # want `aws_kms_key\.sns \(through aws_kms_alias\.sns\), which is in eu-west-1, but the resource is in us-east-1` @ "aws_kms_alias.sns.target_key_id"
}

# A second multi-Region key, whose ARN an unreadable module is given: it may
# replicate the key anywhere.
resource "aws_kms_key" "shared" {
  multi_region = true
}
resource "aws_kms_alias" "shared" {
  name          = "alias/shared"
  target_key_id = aws_kms_key.shared.key_id
}
module "replicas" {
  source      = "github.com/example/terraform-aws-kms-replicas?ref=v1.0.0"
  primary_arn = aws_kms_key.shared.arn
}
resource "aws_sns_topic" "shared_elsewhere" {
  provider          = aws.us_east_1
  kms_master_key_id = aws_kms_alias.shared.target_key_id
}
resource "aws_sqs_queue" "shared_elsewhere_by_key_id" {
  provider          = aws.us_east_1
  kms_master_key_id = aws_kms_key.shared.key_id
}
# An ARN names its region, whatever replicas exist.
resource "aws_sqs_queue" "shared_by_arn" {
  provider          = aws.us_east_1
  kms_master_key_id = aws_kms_key.shared.arn # want `aws_kms_key\.shared, which is in eu-west-1, but the resource is in us-east-1` @ "aws_kms_key.shared.arn"
}
