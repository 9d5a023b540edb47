resource "aws_db_instance" "db" {
  password = var.pw
}
