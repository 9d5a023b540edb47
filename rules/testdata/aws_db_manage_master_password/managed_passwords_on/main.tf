resource "aws_db_instance" "db" {
  manage_master_user_password = true
}
resource "aws_rds_cluster" "c" {
  manage_master_user_password = var.on
}
variable "on" {
  default = true
}
