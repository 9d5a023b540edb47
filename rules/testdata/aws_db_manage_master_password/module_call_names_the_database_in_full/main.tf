resource "aws_db_instance" "db" {
  password = var.password # want `module\.child\.aws_db_instance\.db sets password, .* the write-only password_wo\.` @ "var.password"
}
