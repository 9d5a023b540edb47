resource "aws_db_instance" "db" {
  count    = 0
  password = "x"
}
