
provider "aws" {
  region = "us-east-1"
}

resource "aws_rds_cluster" "unset" { # want `aws_rds_cluster\.unset.*storage_encrypted is not set` @ `resource "aws_rds_cluster" "unset"`
  engine = "aurora-postgresql"
}
resource "aws_rds_cluster" "serverless_v1" {
  engine_mode = "serverless"
}
resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "g"
  storage_encrypted         = true
}
resource "aws_rds_cluster" "member" {
  global_cluster_identifier = aws_rds_global_cluster.g.id
}
resource "aws_db_instance" "in_cluster" {
  cluster_identifier = aws_rds_cluster.unset.id
}
