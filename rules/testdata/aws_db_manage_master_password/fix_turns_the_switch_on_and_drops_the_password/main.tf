resource "aws_rds_cluster" "c" {
  master_password             = var.pw # want `aws_rds_cluster\.c sets master_password, .* the write-only master_password_wo\.` @ "var.pw"
  manage_master_user_password = false
}
