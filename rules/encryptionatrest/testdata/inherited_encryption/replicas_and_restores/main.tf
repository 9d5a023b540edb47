
provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "replica" {
  replicate_source_db = "arn:aws:rds:us-west-2:111122223333:db:primary"
}
resource "aws_db_instance" "restored" {
  snapshot_identifier = "snap"
  storage_encrypted   = false
}
resource "aws_db_instance" "pitr" {
  restore_to_point_in_time {
    source_db_instance_identifier = "primary"
  }
}
resource "aws_rds_cluster" "restored" {
  snapshot_identifier = "snap"
}
resource "aws_rds_cluster" "replica" {
  replication_source_identifier = "arn:aws:rds:us-west-2:111122223333:cluster:primary"
}
resource "aws_docdb_cluster" "restored" {
  snapshot_identifier = "snap"
}
resource "aws_neptune_cluster" "member" {
  global_cluster_identifier = "g"
}
resource "aws_rds_global_cluster" "from_source" {
  source_db_cluster_identifier = "arn:aws:rds:us-east-1:111122223333:cluster:primary"
}
resource "aws_redshift_cluster" "restored" {
  snapshot_identifier = "snap"
  encrypted           = "false"
}
resource "aws_instance" "root_from_ami" {
  ami = "ami-123"
}
resource "aws_launch_template" "root_from_ami" {
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
    }
  }
}
