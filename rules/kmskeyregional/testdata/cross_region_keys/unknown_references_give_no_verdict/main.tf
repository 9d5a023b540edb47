
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

variable "key_arn" {}
data "terraform_remote_state" "keys" {
  backend = "s3"
}
module "registry" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 3.0"
}
resource "aws_sqs_queue" "var" {
  provider          = aws.west
  kms_master_key_id = var.key_arn
}
resource "aws_sqs_queue" "remote" {
  provider          = aws.west
  kms_master_key_id = data.terraform_remote_state.keys.outputs.key_arn
}
resource "aws_sqs_queue" "registry" {
  provider          = aws.west
  kms_master_key_id = module.registry.key_arn
}
resource "aws_sqs_queue" "mixed" {
  provider          = aws.west
  kms_master_key_id = coalesce(var.key_arn, aws_kms_key.east.arn)
}
resource "aws_sqs_queue" "unknown_region" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.somewhere.arn
}
resource "aws_kms_key" "somewhere" {
  region = var.key_arn
}
