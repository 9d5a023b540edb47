resource "aws_rds_cluster" "c" {
  global_cluster_identifier = "g"
  master_password           = var.pw # want `aws_rds_cluster\.c sets master_password, .* RDS cannot manage the password of a cluster in an Aurora global database, so use the write-only master_password_wo instead\.` @ "var.pw"
}
