
provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "plain" {} # want `aws_sns_topic\.plain.*kms_master_key_id is not set.*Set kms_master_key_id to a KMS key ARN or alias\.` @ `resource "aws_sns_topic" "plain"`
resource "aws_sns_topic" "keyed" {
  kms_master_key_id = "alias/aws/sns"
}
resource "aws_sqs_queue" "default" {}
resource "aws_sqs_queue" "off" {
  sqs_managed_sse_enabled = false # want `aws_sqs_queue\.off.*sqs_managed_sse_enabled is false` @ "false"
}
resource "aws_sqs_queue" "kms" {
  sqs_managed_sse_enabled = false
  kms_master_key_id       = "alias/app"
}
resource "aws_kinesis_stream" "unset" {} # want `aws_kinesis_stream\.unset.*Set encryption_type = "KMS"\.` @ `resource "aws_kinesis_stream" "unset"`
resource "aws_kinesis_stream" "none" {
  encryption_type = "NONE" # want `aws_kinesis_stream\.none.*encryption_type is NONE` @ `"NONE"`
}
resource "aws_kinesis_stream" "kms" {
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}
