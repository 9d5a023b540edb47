variable "managed" {
  type = bool
}
resource "aws_db_instance" "db" {
  password                    = "x"
  manage_master_user_password = var.managed
}
