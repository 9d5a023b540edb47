
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
resource "aws_kms_key" "single" {
  provider = aws.east
}
resource "aws_kms_key" "unreplicated" {
  provider     = aws.east
  multi_region = true
}
resource "aws_sqs_queue" "by_id" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.mrk.key_id
}
resource "aws_sqs_queue" "by_replica_id" {
  provider          = aws.east
  kms_master_key_id = aws_kms_replica_key.west.key_id
}
resource "aws_sqs_queue" "by_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.mrk.arn # want `kms_master_key_id of aws_sqs_queue\.by_arn uses KMS key aws_kms_key\.mrk, which is in us-east-1` @ "aws_kms_key.mrk.arn"
}
resource "aws_sqs_queue" "single_by_id" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.single.key_id # want `aws_kms_key\.single, which is in us-east-1` @ "aws_kms_key.single.key_id"
}
resource "aws_sqs_queue" "no_replica_there" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.unreplicated.id # want `aws_kms_key\.unreplicated, which is in us-east-1` @ "aws_kms_key.unreplicated.id"
}
