resource "aws_rds_cluster" "primary" {
  global_cluster_identifier = aws_rds_global_cluster.g.id
  master_password           = var.pw # want `aws_rds_cluster\.primary sets master_password, .* RDS cannot manage the password of a cluster in an Aurora global database, so use the write-only master_password_wo instead\.` @ "var.pw"
}
resource "aws_rds_cluster" "v1" {
  engine_mode     = "serverless"
  master_password = var.pw # want `aws_rds_cluster\.v1 sets master_password, .* RDS cannot manage the password of an Aurora Serverless v1 cluster, so use the write-only master_password_wo instead\.` @ "var.pw"
}
resource "aws_db_instance" "custom" {
  engine   = "custom-oracle-ee"
  password = var.pw # want `aws_db_instance\.custom sets password, .* RDS cannot manage the password of an RDS Custom instance, so use the write-only password_wo instead\.` @ "var.pw"
}
resource "aws_db_instance" "bg" {
  password = var.pw # want `aws_db_instance\.bg sets password, .* RDS cannot manage the password of an instance updated with blue/green deployments, so use the write-only password_wo instead\.` @ "var.pw"
  blue_green_update {
    enabled = true
  }
}
resource "aws_db_instance" "bg_none" {
  blue_green_update {
    enabled = true
  }
}
resource "aws_db_instance" "bg_off" {
  password = var.pw # want `aws_db_instance\.bg_off sets password, .* the write-only password_wo\.` @ "var.pw"
  blue_green_update {
    enabled = false
  }
}
