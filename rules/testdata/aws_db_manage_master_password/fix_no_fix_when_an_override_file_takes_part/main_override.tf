resource "aws_db_instance" "db" {
  password = var.other_pw # want `aws_db_instance\.db sets password, .* the write-only password_wo\.` @ "var.other_pw"
}
