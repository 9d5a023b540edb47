variable "managed" {
  type = bool
}
resource "aws_db_instance" "this" {
  manage_master_user_password = var.managed
}
output "secret_arn" {
  value = aws_db_instance.this.master_user_secret[0].secret_arn
}
