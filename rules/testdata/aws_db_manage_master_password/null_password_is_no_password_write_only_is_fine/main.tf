resource "aws_db_instance" "db" {
  password            = null
  password_wo         = ephemeral.random_password.db.result
  password_wo_version = 1
}
