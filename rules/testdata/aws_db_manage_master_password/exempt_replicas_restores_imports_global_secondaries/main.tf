resource "aws_db_instance" "replica" {
  replicate_source_db = "source"
}
resource "aws_db_instance" "snap" {
  snapshot_identifier = "snap"
}
resource "aws_db_instance" "pitr" {
  restore_to_point_in_time {
    use_latest_restorable_time = true
  }
}
resource "aws_rds_cluster" "import" {
  s3_import {
    bucket_name = "b"
  }
}
resource "aws_rds_cluster" "secondary" {
  global_cluster_identifier = "global"
}
resource "aws_rds_cluster" "cross_region_replica" {
  replication_source_identifier = "arn:aws:rds:us-east-1:123456789012:cluster:primary"
}
