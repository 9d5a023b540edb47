resource "aws_rds_cluster" "c" { # want `aws_rds_cluster\.c turns manage_master_user_password off and sets no master_password, so it has no master password source\. .*` @ `resource "aws_rds_cluster" "c"`
  engine                      = "aurora-postgresql"
  manage_master_user_password = false
}
