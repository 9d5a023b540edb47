
provider "aws" {
  region = "us-east-1"
}

resource "aws_dynamodb_table" "t" {
  server_side_encryption {
    enabled = false
  }
}
resource "aws_s3_bucket" "b" {}
resource "aws_cloudwatch_log_group" "l" {}
resource "aws_secretsmanager_secret" "s" {}
resource "aws_backup_vault" "v" {}
resource "aws_elasticache_cluster" "transit_only" {
  transit_encryption_enabled = false
}
resource "aws_mq_broker" "owned" {
  encryption_options {
    use_aws_owned_key = true
  }
}
