provider "aws" {
  region = "eu-west-1"
}
variable "databases" {
  type = map(object({ engine = string }))
}
variable "environment" {
  type = string
}
resource "aws_secretsmanager_secret" "readonly_password" {
  for_each = var.databases
  name     = "govuk/${each.key}/${each.value.engine}-readonly"
}
resource "aws_secretsmanager_secret" "admin_password" { # want `aws_secretsmanager_secret\.admin_password is not exposed by any output of this configuration` @ `resource "aws_secretsmanager_secret" "admin_password"`
  name = "${var.environment}-admin"
}
