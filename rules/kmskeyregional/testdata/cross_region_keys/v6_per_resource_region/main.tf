
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "home" {}
resource "aws_kms_key" "eu" {
  region = "eu-west-1"
}
resource "aws_sqs_queue" "eu" {
  region            = "eu-west-1"
  kms_master_key_id = aws_kms_key.home.arn # want `aws_sqs_queue\.eu uses KMS key aws_kms_key\.home, which is in us-east-1, but the resource is in eu-west-1\.` @ "aws_kms_key.home.arn"
}
resource "aws_sqs_queue" "eu_ok" {
  region            = "eu-west-1"
  kms_master_key_id = aws_kms_key.eu.arn
}
resource "aws_sns_topic" "home" {
  kms_master_key_id = aws_kms_key.eu.id # want `aws_sns_topic\.home uses KMS key aws_kms_key\.eu, which is in eu-west-1, but the resource is in us-east-1\.` @ "aws_kms_key.eu.id"
}
