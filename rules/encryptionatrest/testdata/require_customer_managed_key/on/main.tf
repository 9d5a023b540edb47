
provider "aws" {
  region = "us-east-1"
}

resource "aws_dynamodb_table" "owned" {} # want `aws_dynamodb_table\.owned is encrypted at rest with an AWS owned or AWS managed key: set server_side_encryption\.kms_key_arn` @ `resource "aws_dynamodb_table" "owned"`
resource "aws_dynamodb_table" "cmk" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.k.arn
  }
}
resource "aws_db_instance" "managed" { # want `aws_db_instance\.managed.*set kms_key_id` @ `resource "aws_db_instance" "managed"`
  storage_encrypted = true
}
resource "aws_db_instance" "off" {
  storage_encrypted = false # want `aws_db_instance\.off.*storage_encrypted is false` @ "false"
}
resource "aws_sqs_queue" "aws_alias" {
  kms_master_key_id = "alias/aws/sqs" # want `aws_sqs_queue\.aws_alias names the AWS managed key alias/aws/sqs` @ `"alias/aws/sqs"`
}
resource "aws_cloudwatch_log_group" "logs" {} # want `aws_cloudwatch_log_group\.logs.*set kms_key_id` @ `resource "aws_cloudwatch_log_group" "logs"`
resource "aws_secretsmanager_secret" "s" {
  kms_key_id = aws_kms_key.k.id
}
resource "aws_kms_key" "k" {}
resource "aws_instance" "root_from_ami" {}
resource "aws_s3_bucket" "b" {}
