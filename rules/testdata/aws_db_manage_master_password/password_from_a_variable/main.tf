variable "pw" {}
resource "aws_db_instance" "db" {
  password = var.pw # want `aws_db_instance\.db sets password, .* the write-only password_wo\.` @ "var.pw"
}
