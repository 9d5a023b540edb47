resource "aws_rds_cluster" "c" {
  master_password             = "literal" # want `aws_rds_cluster\.c sets master_password, .* the write-only master_password_wo\.` @ `"literal"`
  manage_master_user_password = false
}
