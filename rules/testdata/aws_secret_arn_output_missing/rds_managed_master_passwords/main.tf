provider "aws" {}
variable "managed" {
  type = bool
}
resource "aws_db_instance" "managed" { # want `aws_db_instance\.managed keeps its master password in a secret that RDS manages, .* Add an output with aws_db_instance\.managed\.master_user_secret\[0\]\.secret_arn\.` @ `resource "aws_db_instance" "managed"`
  manage_master_user_password = true
}
resource "aws_db_instance" "exported" {
  manage_master_user_password = true
}
resource "aws_rds_cluster" "managed" { # want `aws_rds_cluster\.managed keeps its master password in a secret that RDS manages, .* Add an output with aws_rds_cluster\.managed\.master_user_secret\[0\]\.secret_arn\.` @ `resource "aws_rds_cluster" "managed"`
  manage_master_user_password = true
}
resource "aws_rds_cluster" "whole" {
  manage_master_user_password = true
}
resource "aws_db_instance" "not_managed" {
  manage_master_user_password = false
}
resource "aws_db_instance" "unknown" {
  manage_master_user_password = var.managed
}
resource "aws_db_instance" "no_setting" {
  password = "x"
}
output "db_secret" {
  value = aws_db_instance.exported.master_user_secret[0].secret_arn
}
output "cluster" {
  value = aws_rds_cluster.whole
}
