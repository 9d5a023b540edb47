resource "aws_db_instance" "db" { # want `aws_db_instance\.db turns manage_master_user_password off and sets no password, so it has no master password source\. .*` @ `resource "aws_db_instance" "db"`
  manage_master_user_password = false
}
