resource "aws_secretsmanager_secret" "s" {}
resource "aws_db_instance" "db" {
  manage_master_user_password = true
}
