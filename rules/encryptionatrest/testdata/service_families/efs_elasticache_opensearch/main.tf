
provider "aws" {
  region = "us-east-1"
}

resource "aws_efs_file_system" "unset" {} # want `aws_efs_file_system\.unset` @ `resource "aws_efs_file_system" "unset"`
resource "aws_elasticache_replication_group" "redis" { # want `aws_elasticache_replication_group\.redis.*at_rest_encryption_enabled is not set` @ `resource "aws_elasticache_replication_group" "redis"`
  engine = "redis"
}
resource "aws_elasticache_replication_group" "valkey" {
  engine = "valkey"
}
resource "aws_elasticache_replication_group" "valkey_off" {
  engine                     = "valkey"
  at_rest_encryption_enabled = "false" # want `aws_elasticache_replication_group\.valkey_off.*at_rest_encryption_enabled is false` @ `"false"`
}
resource "aws_opensearch_domain" "no_block" {} # want `aws_opensearch_domain\.no_block.*encrypt_at_rest\.enabled is not set` @ `resource "aws_opensearch_domain" "no_block"`
resource "aws_opensearch_domain" "on" {
  encrypt_at_rest {
    enabled = true
  }
}
