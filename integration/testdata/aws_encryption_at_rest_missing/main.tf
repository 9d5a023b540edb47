provider "aws" {
  region = "us-east-1"
}

# Databases: RDS, Aurora, DocumentDB, Neptune do not encrypt unless asked.
resource "aws_db_instance" "orders" {
  engine            = "postgres"
  storage_encrypted = false # finding: switched off
}

resource "aws_db_instance" "reports" {
  engine = "mysql" # finding: unset, RDS default is unencrypted
}

resource "aws_db_instance" "orders_replica" {
  replicate_source_db = aws_db_instance.orders.identifier # silent: a replica takes its source's encryption
}

resource "aws_rds_cluster" "app" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
}

resource "aws_rds_cluster_instance" "app" {
  cluster_identifier = aws_rds_cluster.app.id
}

resource "aws_docdb_cluster" "catalog" {} # finding: unset

resource "aws_neptune_cluster" "graph" {
  storage_encrypted = true
}

# Redshift encrypts by default since 2025: only an explicit false is a finding.
resource "aws_redshift_cluster" "warehouse" {}

resource "aws_redshift_cluster" "scratch" {
  encrypted = "false" # finding
}

# Volumes and file systems.
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a" # finding: unset, no EBS default in us-east-1
}

resource "aws_ebs_volume" "restored" {
  availability_zone = "us-east-1a"
  snapshot_id       = "snap-0123456789abcdef0" # silent: takes the snapshot's encryption
}

resource "aws_efs_file_system" "shared" {
  encrypted = false # finding
}

# Caches and search.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "sessions"
  engine               = "redis" # finding: Redis OSS is unencrypted at rest unless asked
}

resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id = "valkey"
  description          = "valkey"
  engine               = "valkey" # silent: Valkey defaults to encrypted
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = false # finding
  }
}

# Messaging and streams.
resource "aws_sns_topic" "alerts" {} # finding: SNS encrypts only with a key

resource "aws_sns_topic" "events" {
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sqs_queue" "jobs" {} # silent: SSE-SQS by default

resource "aws_sqs_queue" "legacy" {
  sqs_managed_sse_enabled = false # finding
}

resource "aws_kinesis_stream" "clicks" {
  name        = "clicks"
  shard_count = 1 # finding: unset means NONE
}

# Always encrypted: no finding whatever the switch says.
resource "aws_dynamodb_table" "sessions" {
  name     = "sessions"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled = false # AWS owned key, still encrypted
  }
}

resource "aws_s3_bucket" "assets" {}

resource "aws_cloudwatch_log_group" "app" {}

# A module: findings show at the caller's argument, else at the module block.
module "store" {
  source    = "./modules/store"
  encrypted = false
}
